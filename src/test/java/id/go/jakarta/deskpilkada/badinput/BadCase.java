package id.go.jakarta.deskpilkada.badinput;

/**
 * One generated bad input: its category, the form-backed service method or API endpoint it goes
 * to ({@code target}), a short description of what is wrong with it, and how to send it.
 */
record BadCase(int number, Category category, String target, String label, Step step) {

    /** What kind of bad input. */
    enum Category {
        WRONG_TYPE,
        BOUNDARY_LENGTH,
        UNICODE,
        INJECTION,
        FORGED_ID,
        REPLAYED_TOKEN,
        OVERSIZED_BODY,
        WRONG_CONTENT_TYPE,
        MALFORMED_JSON,
        WRONG_METHOD_OR_PATH
    }

    /** Sends the case and says how it was answered. */
    @FunctionalInterface
    interface Step {
        Outcome run(BadInputHarness harness) throws Exception;
    }

    /**
     * How a case was answered. {@code status}: the HTTP status for the API; for a service 400, 403,
     * 404 or 409 by the kind of its refusal, 200 when it did the thing, 500 for any other exception.
     * {@code unclear}: why the refusal lacks a clear message (null when it has one).
     */
    record Outcome(Kind kind, boolean api, int status, String key, String unclear) {

        enum Kind {
            ACCEPTED,
            REJECTED,
            FAILED
        }

        static Outcome accepted(boolean api, int status) {
            return new Outcome(Kind.ACCEPTED, api, status, "", null);
        }

        static Outcome rejected(boolean api, int status, String key, String unclear) {
            return new Outcome(Kind.REJECTED, api, status, key, unclear);
        }

        static Outcome failed(boolean api, int status, String what) {
            return new Outcome(Kind.FAILED, api, status, what, null);
        }
    }
}
