package id.go.jakarta.deskpilkada.wilayah;

/** A position in WGS 84 degrees, longitude first as in GeoJSON. */
public record GeoPoint(double lon, double lat) {}
