package vn.phoihop.organization.people;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.organization.registry.OrganizationRepository;
import vn.phoihop.organization.spi.OrganizationAuditLog;

/**
 * Demo mode only: a few fictitious people in the real organisations (the central staff agency, Bắc Ninh, Hà Nội,
 * the former Bắc Giang), with ranks, dates and concurrent positions, so the pages have something to show. Runs once
 * (when nobody is recorded yet); never in production, where people are entered by administrators.
 */
@Component
@Order(10)
class DemoPeople implements ApplicationRunner {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final PhoiHopSettings settings;
    private final PersonRepository persons;
    private final PositionRepository positions;
    private final OrganizationRepository organizations;
    private final OrganizationAuditLog audit;
    private final TransactionTemplate transactions;

    DemoPeople(PhoiHopSettings settings, PersonRepository persons, PositionRepository positions,
            OrganizationRepository organizations, OrganizationAuditLog audit, TransactionTemplate transactions) {
        this.settings = settings;
        this.persons = persons;
        this.positions = positions;
        this.organizations = organizations;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || persons.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            long director = person("Ngô Thị Mai (hư cấu)", Rank.MAJOR_GENERAL, LocalDate.of(2022, 4, 1));
            hold(director, "CTDCT", PositionTitle.DEPARTMENT_DIRECTOR, false, LocalDate.of(2022, 4, 1), null);
            long deputyMinister = person("Vũ Đình Thắng (hư cấu)", Rank.LIEUTENANT_GENERAL, LocalDate.of(2021, 7, 1));
            hold(deputyMinister, "BCA", PositionTitle.DEPUTY_MINISTER, false, LocalDate.of(2021, 7, 1), null);
            hold(deputyMinister, "DUCA", PositionTitle.STANDING_COMMITTEE_MEMBER, true, LocalDate.of(2021, 7, 1), null);
            province("T20", "Nguyễn Minh Đức (hư cấu)", "Trần Quốc Hưng (hư cấu)", Rank.COLONEL,
                    "Lê Thị Thu (hư cấu)");
            province("T01", "Phạm Văn Long (hư cấu)", "Hoàng Anh Tuấn (hư cấu)", Rank.MAJOR_GENERAL,
                    "Bùi Thị Hạnh (hư cấu)");
            long former = person("Đỗ Văn Khoa (hư cấu)", Rank.COLONEL, LocalDate.of(2019, 9, 1));
            hold(former, "P1997-24-CA", PositionTitle.DIRECTOR, false, LocalDate.of(2020, 1, 1),
                    REFORM.minusDays(1));
            hold(former, "T20-CA", PositionTitle.DEPUTY_DIRECTOR, false, REFORM, null);
            audit.record("DEMO_PEOPLE_CREATED", "person", persons.count() + " persons", "demo mode");
        });
    }

    /** The Party secretary, the police director (also police party secretary, concurrently) and a deputy. */
    private void province(String code, String secretary, String director, Rank rank, String deputy) {
        LocalDate since = organizations.findByCode(code).orElseThrow().validFrom();
        hold(person(secretary, null, null), code + "-TU", PositionTitle.SECRETARY, false, since, null);
        long head = person(director, rank, LocalDate.of(2023, 1, 1));
        hold(head, code + "-CA", PositionTitle.DIRECTOR, false, since, null);
        hold(head, code + "-DUCA", PositionTitle.SECRETARY, true, since, null);
        hold(head, code + "-TU", PositionTitle.STANDING_COMMITTEE_MEMBER, true, since, null);
        hold(person(deputy, Rank.SENIOR_LIEUTENANT_COLONEL, LocalDate.of(2024, 1, 1)), code + "-CA",
                PositionTitle.DEPUTY_DIRECTOR, false, since, null);
    }

    private long person(String name, Rank rank, LocalDate since) {
        Person person = new Person(name);
        if (rank != null) {
            person.promote(rank, since);
        }
        return persons.save(person).id();
    }

    private void hold(long person, String code, PositionTitle title, boolean concurrent, LocalDate from,
            LocalDate to) {
        positions.save(new Position(person, organizations.findByCode(code).orElseThrow().id(), title, concurrent,
                from, to));
    }
}
