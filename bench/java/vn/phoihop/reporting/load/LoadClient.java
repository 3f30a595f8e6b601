package vn.phoihop.reporting.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concurrent-submission load (issue 9): {@code clients} concurrent clients post one submission per reporter to
 * {@code POST /api/v1/reporting/submissions} (contract in docs: templateCode, periodCode, organizationId, values,
 * submit=true; header Idempotency-Key) against one or more running instances. Half the clients alternate between the
 * instances request by request, the other half stay on one. Some jobs are deliberately sent twice with the same key:
 * a retry after the answer (on the other instance) or a double click (both copies at once, on both instances); both
 * answers must name the same submission. Prints throughput, latency percentiles and every failure; exits 1 when a
 * request failed, a retry got another submission, or the run took longer than {@code --limit-seconds}.
 *
 * <p>JDK only, so the script runs it as a single source file: {@code java LoadClient.java --targets
 * http://127.0.0.1:18081,http://127.0.0.1:18082 --tokens tokens.csv --template LOAD_BENCH --period 2026-11}.
 */
public final class LoadClient {

    /** One reporter's submission: the organisation, its token, the key and the JSON body. */
    record Job(long organizationId, String token, String key, String body, Retry retry) {
    }

    /** How a job is sent: once, again after the answer, or twice at the same time. */
    enum Retry { NONE, AFTER_ANSWER, DOUBLE_CLICK }

    /** One request's outcome. */
    record Outcome(long organizationId, int status, Long submissionId, long nanos, String target, String error) {

        boolean ok() {
            return (status == 200 || status == 201) && submissionId != null;
        }
    }

    /** What a run found. */
    record Report(int jobs, int requests, int failures, int mismatches, double seconds, double throughput,
            double p50Millis, double p95Millis, double maxMillis, List<String> problems, Map<Long, Long> stored) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--self-test")) {
            System.exit(SelfTest.run() ? 0 : 1);
        }
        Map<String, String> options = options(args);
        List<String> targets = Arrays.asList(options.get("targets").split(","));
        List<String[]> tokens = Files.readAllLines(Path.of(options.get("tokens"))).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split(",", 2)).toList();
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        double retryRate = Double.parseDouble(options.getOrDefault("retry-rate", "0.06"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20251130"));
        double limit = Double.parseDouble(options.getOrDefault("limit-seconds", "60"));
        String run = options.getOrDefault("run", String.valueOf(System.currentTimeMillis()));
        List<Job> jobs = plan(tokens, options.get("template"), options.get("period"), run, retryRate, seed);
        Report report = run(targets, jobs, clients);
        print(report, clients, targets.size(), limit);
        if (options.containsKey("out")) {
            List<String> lines = new ArrayList<>();
            report.stored().forEach((org, id) -> lines.add(org + "," + id));
            Files.write(Path.of(options.get("out")), lines);
        }
        boolean ok = report.failures() == 0 && report.mismatches() == 0 && report.seconds() <= limit
                && report.stored().size() == jobs.size();
        System.exit(ok ? 0 : 1);
    }

    /** One job per reporter, with a key unique to the run; about {@code retryRate} of them sent twice. */
    static List<Job> plan(List<String[]> tokens, String template, String period, String run, double retryRate,
            long seed) {
        Random random = new Random(seed);
        List<Job> jobs = new ArrayList<>();
        for (String[] line : tokens) {
            long org = Long.parseLong(line[0].trim());
            String body = "{\"templateCode\":\"" + template + "\",\"periodCode\":\"" + period + "\",\"organizationId\":"
                    + org + ",\"values\":[" + value(1, random.nextInt(50)) + "," + value(2, random.nextInt(500)) + ","
                    + value(3, random.nextInt(5)) + "],\"submit\":true}";
            double r = random.nextDouble();
            Retry retry = r < retryRate / 2 ? Retry.DOUBLE_CLICK : r < retryRate ? Retry.AFTER_ANSWER : Retry.NONE;
            jobs.add(new Job(org, line[1].trim(), "load-" + run + "-" + org, body, retry));
        }
        Collections.shuffle(jobs, random);
        return jobs;
    }

    private static String value(int indicator, int value) {
        return "{\"indicator\":\"LOAD_" + indicator + "\",\"option\":\"\",\"value\":\"" + value + "\"}";
    }

    /** Sends every job from {@code clients} concurrent clients; returns what happened. */
    static Report run(List<String> targets, List<Job> jobs, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> stored = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                boolean alternating = client % 2 == 0;
                int request = 0;
                for (int j = client; j < jobs.size(); j += clients) {
                    Job job = jobs.get(j);
                    String target = targets.get((alternating ? client + request++ : client) % targets.size());
                    String other = targets.get((targets.indexOf(target) + 1) % targets.size());
                    List<Outcome> answers = new ArrayList<>();
                    if (job.retry() == Retry.DOUBLE_CLICK) {
                        CompletableFuture<Outcome> first = sendAsync(http, target, job);
                        CompletableFuture<Outcome> second = sendAsync(http, other, job);
                        answers.add(first.join());
                        answers.add(second.join());
                    }
                    else {
                        answers.add(send(http, target, job));
                        if (job.retry() == Retry.AFTER_ANSWER) {
                            answers.add(send(http, other, job));
                        }
                    }
                    outcomes.addAll(answers);
                    for (Outcome answer : answers) {
                        if (!answer.ok()) {
                            problems.add("organisation " + job.organizationId() + " on " + answer.target() + ": "
                                    + answer.status() + " " + answer.error());
                            continue;
                        }
                        Long before = stored.putIfAbsent(job.organizationId(), answer.submissionId());
                        if (before != null && !before.equals(answer.submissionId())) {
                            problems.add("organisation " + job.organizationId() + ": retry got submission "
                                    + answer.submissionId() + ", first " + before);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
        int failures = (int) outcomes.stream().filter(o -> !o.ok()).count();
        int mismatches = (int) problems.stream().filter(p -> p.contains("retry got")).count();
        return new Report(jobs.size(), outcomes.size(), failures, mismatches, seconds, stored.size() / seconds,
                percentile(nanos, 0.50), percentile(nanos, 0.95), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                List.copyOf(problems), Map.copyOf(stored));
    }

    private static Outcome send(HttpClient http, String target, Job job) {
        return sendAsync(http, target, job).join();
    }

    private static CompletableFuture<Outcome> sendAsync(HttpClient http, String target, Job job) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target + "/api/v1/reporting/submissions"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Bearer " + job.token())
                .header("Idempotency-Key", job.key()).POST(HttpRequest.BodyPublishers.ofString(job.body())).build();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long nanos = System.nanoTime() - started;
            if (failure != null) {
                return new Outcome(job.organizationId(), -1, null, nanos, target, failure.toString());
            }
            Matcher id = ID.matcher(response.body());
            return new Outcome(job.organizationId(), response.statusCode(), id.find() ? Long.valueOf(id.group(1))
                    : null, nanos, target, response.statusCode() < 300 ? null : abbreviate(response.body()));
        });
    }

    /** The {@code q}-quantile (nearest rank) of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void print(Report r, int clients, int instances, double limit) {
        System.out.printf("=== Reporting load: %d submissions, %d clients, %d instances ===%n", r.jobs(), clients,
                instances);
        System.out.printf("requests %d (retries and double clicks included), failed %d, retry answers naming another"
                + " submission %d%n", r.requests(), r.failures(), r.mismatches());
        System.out.printf("elapsed %.2f s (limit %.0f s)   throughput %.1f submissions/s%n", r.seconds(), limit,
                r.throughput());
        System.out.printf("latency per request: p50 %.1f ms   p95 %.1f ms   max %.1f ms%n", r.p50Millis(),
                r.p95Millis(), r.maxMillis());
        r.problems().stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("targets", "tokens", "template", "period")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return options;
    }

    /**
     * The harness tested against two stub instances on loopback that share one store and answer as the API contract
     * says (201 new, 200 the same submission for a replayed key, 409 a second submission of an organisation): every
     * job stored once, retries and double clicks answered with the same id, percentiles by nearest rank.
     */
    static final class SelfTest {

        private SelfTest() {
        }

        static boolean run() throws Exception {
            Map<String, Long> byKey = new ConcurrentHashMap<>();
            Map<Long, Long> byOrganization = new ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(1000);
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            List<com.sun.net.httpserver.HttpServer> servers = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
                server.setExecutor(Executors.newFixedThreadPool(8));
                server.createContext("/api/v1/reporting/submissions", exchange -> {
                    calls.incrementAndGet();
                    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                    String body = new String(exchange.getRequestBody().readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    Matcher org = Pattern.compile("\"organizationId\":(\\d+)").matcher(body);
                    int status;
                    long id;
                    synchronized (byKey) {
                        org.find();
                        long organization = Long.parseLong(org.group(1));
                        if (byKey.containsKey(key)) {
                            status = 200;
                            id = byKey.get(key);
                        }
                        else if (byOrganization.containsKey(organization)) {
                            status = 409;
                            id = -1;
                        }
                        else {
                            status = 201;
                            id = ids.incrementAndGet();
                            byKey.put(key, id);
                            byOrganization.put(organization, id);
                        }
                    }
                    byte[] answer = (status == 409 ? "{\"detail\":\"Đã có báo cáo\"}"
                            : "{\"id\":" + id + ",\"status\":\"SUBMITTED\",\"late\":false,\"version\":1}")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(status, answer.length);
                    exchange.getResponseBody().write(answer);
                    exchange.close();
                });
                server.start();
                servers.add(server);
                targets.add("http://127.0.0.1:" + server.getAddress().getPort());
            }
            List<String[]> tokens = new ArrayList<>();
            for (int org = 1; org <= 400; org++) {
                tokens.add(new String[] { String.valueOf(org), "token-" + org });
            }
            List<Job> jobs = plan(tokens, "LOAD_BENCH", "2026-11", "self", 0.2, 7);
            long retried = jobs.stream().filter(j -> j.retry() != Retry.NONE).count();
            Report report = LoadClient.run(targets, jobs, 20);
            servers.forEach(s -> s.stop(0));
            List<String> failed = new ArrayList<>();
            check(failed, report.failures() == 0, "no request failed: " + report.problems());
            check(failed, report.mismatches() == 0, "retries answered with the same submission");
            check(failed, report.stored().size() == 400 && byOrganization.size() == 400, "every job stored once");
            check(failed, new java.util.HashSet<>(report.stored().values()).size() == 400, "distinct submissions");
            check(failed, retried > 40 && report.requests() == 400 + retried && calls.get() == report.requests(),
                    "retries sent: " + retried + ", requests " + report.requests());
            check(failed, percentile(new long[] { 1_000_000, 2_000_000, 3_000_000, 4_000_000 }, 0.95) == 4.0
                    && percentile(new long[] { 1_000_000, 2_000_000 }, 0.50) == 1.0, "nearest-rank percentiles");
            failed.forEach(f -> System.out.println("SELF-TEST FAILED: " + f));
            System.out.println(failed.isEmpty() ? "SELF-TEST OK: " + report.requests() + " requests, " + retried
                    + " retried, " + report.stored().size() + " stored once" : "SELF-TEST FAILED");
            return failed.isEmpty();
        }

        private static void check(List<String> failed, boolean holds, String what) {
            if (!holds) {
                failed.add(what);
            }
        }
    }
}
