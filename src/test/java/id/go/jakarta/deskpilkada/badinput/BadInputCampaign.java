package id.go.jakarta.deskpilkada.badinput;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The full bad-input campaign: starts the application (H2 in memory, demo data, a random port),
 * sends N generated bad inputs (default 10,000) and prints the numbers: cases per category, API
 * answers by status, service refusals by kind, 500s, rows changed by refused cases, refusals
 * without a clear message, duration. A program, not a test: {@code bench/bad-input.sh [cases] [seed]}.
 * Exits 1 when it found a 500, a changed row or an unclear refusal.
 */
public final class BadInputCampaign {

    /** Watchers and heartbeats once an hour: nothing but the cases writes to the database. */
    static final String QUIET = "desk.duty.watch-interval=1h\ndesk.issues.watch-interval=1h\n"
            + "desk.reports.watch-interval=1h\ndesk.cluster.reconcile-interval=1h\ndesk.cluster.heartbeat-interval=1h";

    private BadInputCampaign() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : BadInputTests.SEED;
        java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of(
                "--spring.profiles.active=test",
                "--logging.level.root=WARN",
                "--logging.level.id.go.jakarta.deskpilkada=WARN",
                "--server.port=0",
                "--desk.demo.enabled=true"));
        for (String line : QUIET.split("\n")) {
            options.add("--" + line);
        }
        SpringApplication app = new SpringApplication(id.go.jakarta.deskpilkada.Application.class);
        int exit;
        try (ConfigurableApplicationContext context = app.run(options.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            BadInputRunner.Report report = new BadInputRunner(context, port).run(seed, count);
            System.out.println();
            report.print(System.out);
            exit = report.failed + report.rowsChanged + report.missingMessages == 0 ? 0 : 1;
        }
        System.exit(exit);
    }
}
