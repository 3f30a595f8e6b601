package vn.phoihop.reporting.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.demo.DemoSubmissions.Reporter;
import vn.phoihop.reporting.demo.DemoSubmissions.Value;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;

/**
 * Demo mode only: the reporting demo ({@link DemoTemplates}, {@link DemoPeriods}, {@link DemoSubmissions}) in one
 * transaction, once (when the coordination template is not there yet), after the registry's and the accounts' demo
 * data; never in production. The former 63 provincial police forces are assigned until 30/06/2025, today's 34 from
 * 01/01/2024 (a force that lives on through the merger, like Hà Nội's, reports throughout; one formed on 01/07/2025
 * is expected only from then, as the registry's history says). Công an tỉnh Bắc Ninh has nothing yet for the open month (the demo user's work), and Công an thành phố
 * Hà Nội has a submitted, unaccepted report there carrying {@value #CANARY}, which no Bắc Ninh reader may ever see.
 */
@Component
@Order(40)
class ReportingDemo implements ApplicationRunner {

    /** The text of the Hà Nội canary submission (CanaryTests looks for it in every response to Bắc Ninh readers). */
    static final String CANARY = "CANARY-HN-REPORT";

    static final long SEED = 20_240_101L;

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final Logger LOG = LoggerFactory.getLogger(ReportingDemo.class);

    private final PhoiHopSettings settings;
    private final DemoTemplates templates;
    private final DemoPeriods periods;
    private final DemoSubmissions submissions;
    private final DemoRollup rollup;
    private final ReportingPeriods reportingPeriods;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReportingDemo(PhoiHopSettings settings, DemoTemplates templates, DemoPeriods periods, DemoSubmissions submissions,
            DemoRollup rollup, ReportingPeriods reportingPeriods, Organizations organizations, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.templates = templates;
        this.periods = periods;
        this.submissions = submissions;
        this.rollup = rollup;
        this.reportingPeriods = reportingPeriods;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || templates.present()) {
            return;
        }
        long started = System.nanoTime();
        Integer stored = transactions.execute(s -> seed(VietnamTime.today()));
        LOG.info("Demo data: {} reporting submissions in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
    }

    private int seed(LocalDate today) {
        Map<Long, Reporter> reporters = reporters();
        long coordination = templates.coordination();
        long partyWork = templates.partyWork();
        List<String> sexOptions = templates.sexOptions();
        for (long template : List.of(coordination, partyWork)) {
            assign(template, reporters.values());
        }
        int stored = 0;
        List<Long> accepted = new ArrayList<>();
        List<Long> monthly = periods.monthly(coordination, today);
        long coordinationVersion = version(coordination);
        for (long periodId : monthly) {
            Period period = reportingPeriods.find(periodId).orElseThrow();
            boolean latest = periodId == monthly.get(monthly.size() - 1);
            Map<String, Object> skipped = latest ? Map.of("T20-CA", true, "T01-CA", true) : Map.of();
            stored += submissions.generate(SEED, coordinationVersion, period, expected(periodId, reporters),
                    DemoValues::coordination, skipped, today, accepted);
            if (latest) {
                stored += canary(coordinationVersion, period, reporters, today);
            }
        }
        long partyVersion = version(partyWork);
        for (long periodId : periods.quarterly(partyWork, today)) {
            Period period = reportingPeriods.find(periodId).orElseThrow();
            stored += submissions.generate(SEED + 1, partyVersion, period, expected(periodId, reporters),
                    (random, draw) -> DemoValues.partyWork(random, draw, sexOptions), Map.of(), today, accepted);
        }
        rollup.accepted(accepted);
        valueHistory();
        return stored;
    }

    /** Today's 34 provincial police forces and the former ones they were formed from, with their sizes. */
    private Map<Long, Reporter> reporters() {
        Map<Long, Reporter> reporters = new LinkedHashMap<>();
        List<Long> former = new ArrayList<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (OrganizationSummary police : organizations.all()) {
            if (police.kind() != OrganizationKind.PROVINCIAL_POLICE) {
                continue;
            }
            Set<Long> lineage = organizations.withPredecessors(police.id());
            List<Long> predecessors = lineage.stream().filter(id -> id != police.id()).toList();
            former.addAll(predecessors);
            sizes.put(police.id(), Math.max(1, organizations.findAllAsOf(predecessors, REFORM.minusDays(1)).size()));
            reporters.put(police.id(), new Reporter(police.id(), police.code(), sizes.get(police.id())));
        }
        organizations.findAllAsOf(former, REFORM.minusDays(1)).values().stream()
                .filter(o -> o.kind() == OrganizationKind.PROVINCIAL_POLICE)
                .forEach(o -> reporters.put(o.id(), new Reporter(o.id(), o.code(), 1)));
        return reporters;
    }

    private void assign(long template, Iterable<Reporter> reporters) {
        for (Reporter reporter : reporters) {
            boolean today = reporter.code().startsWith("T");
            jdbc.sql("INSERT INTO report_assignment (template_id, organization_id, valid_from, valid_to, created_by)"
                    + " VALUES (:t, :o, :from, :to, 'system')").param("t", template).param("o", reporter.id())
                    .param("from", DemoPeriods.FIRST.atDay(1))
                    .param("to", today ? null : REFORM.minusDays(1)).update();
        }
    }

    private List<Reporter> expected(long periodId, Map<Long, Reporter> reporters) {
        return reportingPeriods.expectedReporters(periodId).stream().map(reporters::get)
                .filter(java.util.Objects::nonNull).toList();
    }

    private int canary(long versionId, Period period, Map<Long, Reporter> reporters, LocalDate today) {
        Reporter hanoi = reporters.values().stream().filter(r -> r.code().equals("T01-CA")).findFirst().orElse(null);
        if (hanoi == null) {
            return 0;
        }
        List<Value> values = new ArrayList<>(DemoValues.coordination(new java.util.Random(SEED),
                new DemoSubmissions.Draw(period, hanoi)).stream().filter(v -> !v.indicator().equals("PH_NHAN_XET"))
                .toList());
        values.add(new Value("PH_NHAN_XET", "", CANARY + " — báo cáo của Công an thành phố Hà Nội chưa được tiếp nhận"));
        LocalDate day = today.minusDays(1).isBefore(period.startsOn()) ? period.startsOn() : today.minusDays(1);
        submissions.submitted(versionId, period, hanoi, values, day);
        return 1;
    }

    private long version(long template) {
        return jdbc.sql("SELECT id FROM report_template_version WHERE template_id = :t AND number = 1")
                .param("t", template).query(Long.class).single();
    }

    /** The first entry of every demo value, as the value history records it (no old value). */
    private void valueHistory() {
        jdbc.sql("""
                INSERT INTO report_value_change (submission_id, indicator_code, option_code, old_value, new_value,
                                                 changed_by, changed_at)
                SELECT v.submission_id, v.indicator_code, v.option_code, NULL,
                       coalesce(trim_scale(v.number_value)::text, v.text_value, to_char(v.date_value, 'YYYY-MM-DD')),
                       s.created_by, s.created_at
                FROM report_value v JOIN report_submission s ON s.id = v.submission_id
                JOIN report_period p ON p.id = s.period_id JOIN report_template t ON t.id = p.template_id
                WHERE t.code IN (:codes)
                """).param("codes", List.of(DemoTemplates.COORDINATION, DemoTemplates.PARTY_WORK)).update();
    }
}
