package id.go.jakarta.deskpilkada.election;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** An election was created, described anew or its calendar saved: stage strips and setup screens reload. */
public record ElectionChanged(long electionId) implements LiveEvent {}
