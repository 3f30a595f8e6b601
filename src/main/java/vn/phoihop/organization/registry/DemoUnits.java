package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.platform.PhoiHopSettings;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.people.Person;
import vn.phoihop.organization.people.PersonRepository;
import vn.phoihop.organization.people.Position;
import vn.phoihop.organization.people.PositionRepository;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.organization.spi.OrganizationAuditLog;

/**
 * Demo mode only: units below the police forces of Bắc Ninh, Hà Nội and Đà Nẵng (a department, ward and commune
 * police, and in Hà Nội a district police that ended when district-level police were dissolved on 2025-03-01), with
 * fictitious people and positions, so that a provincial user's scope is visible: congan.bacninh sees Bắc Ninh's units
 * and people, not Hà Nội's. Runs once (when {@link #MARKER} does not exist yet), after {@link DemoPeople}; never in
 * production.
 */
@Component
@Order(11)
class DemoUnits implements ApplicationRunner {

    /** The first unit created; its presence means the demo units are there. */
    static final String MARKER = "T20-CA-PCTDCT";

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate DISTRICT_POLICE_END = LocalDate.of(2025, 2, 28);

    private final PhoiHopSettings settings;
    private final OrganizationAdministration administration;
    private final OrganizationRepository organizations;
    private final PersonRepository persons;
    private final PositionRepository positions;
    private final ClosureTable closure;
    private final OrganizationAuditLog audit;
    private final TransactionTemplate transactions;

    DemoUnits(PhoiHopSettings settings, OrganizationAdministration administration, OrganizationRepository organizations,
            PersonRepository persons, PositionRepository positions, ClosureTable closure, OrganizationAuditLog audit,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.administration = administration;
        this.organizations = organizations;
        this.persons = persons;
        this.positions = positions;
        this.closure = closure;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || organizations.existsByCode(MARKER)) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            long bacNinhParty = unit(MARKER, OrganizationKind.POLICE_UNIT,
                    "Phòng Công tác đảng và công tác chính trị", "T20-CA", REFORM);
            staff(bacNinhParty, PositionTitle.DIVISION_HEAD, "Đinh Văn Hải (hư cấu)", Rank.COLONEL, REFORM);
            staff(bacNinhParty, PositionTitle.DEPUTY_DIVISION_HEAD, "Lương Thị Ngọc (hư cấu)",
                    Rank.LIEUTENANT_COLONEL, REFORM);
            long kinhBac = unit("T20-CA-PKB", OrganizationKind.COMMUNE_POLICE, "Công an phường Kinh Bắc", "T20-CA",
                    REFORM);
            staff(kinhBac, PositionTitle.POLICE_CHIEF, "Tạ Quang Vinh (hư cấu)", Rank.LIEUTENANT_COLONEL, REFORM);
            staff(kinhBac, PositionTitle.OFFICER, "Mai Thị Lan (hư cấu)", Rank.SENIOR_LIEUTENANT, REFORM);
            long bacGiang = unit("T20-CA-PBG", OrganizationKind.COMMUNE_POLICE, "Công an phường Bắc Giang", "T20-CA",
                    REFORM);
            staff(bacGiang, PositionTitle.POLICE_CHIEF, "Hà Minh Tâm (hư cấu)", Rank.LIEUTENANT_COLONEL, REFORM);

            LocalDate hanoiSince = LocalDate.of(2019, 1, 1);
            long hanoiParty = unit("T01-CA-PCTDCT", OrganizationKind.POLICE_UNIT,
                    "Phòng Công tác đảng và công tác chính trị", "T01-CA", hanoiSince);
            staff(hanoiParty, PositionTitle.DIVISION_HEAD, "Kiều Văn Thành (hư cấu)", Rank.COLONEL, hanoiSince);
            long hoanKiemDistrict = unit("T01-CA-QHK", OrganizationKind.POLICE_UNIT, "Công an quận Hoàn Kiếm",
                    "T01-CA", LocalDate.of(2010, 1, 1));
            end(hoanKiemDistrict, DISTRICT_POLICE_END);
            long chief = staff(hoanKiemDistrict, PositionTitle.POLICE_CHIEF, "Lâm Đức Toàn (hư cấu)", Rank.COLONEL,
                    LocalDate.of(2021, 3, 1));
            long hoanKiem = unit("T01-CA-PHK", OrganizationKind.COMMUNE_POLICE, "Công an phường Hoàn Kiếm", "T01-CA",
                    REFORM);
            hold(chief, hoanKiem, PositionTitle.POLICE_CHIEF, REFORM);
            long socSon = unit("T01-CA-XSS", OrganizationKind.COMMUNE_POLICE, "Công an xã Sóc Sơn", "T01-CA", REFORM);
            staff(socSon, PositionTitle.POLICE_CHIEF, "Triệu Văn Bình (hư cấu)", Rank.MAJOR, REFORM);
            staff(socSon, PositionTitle.DEPUTY_POLICE_CHIEF, "Phan Thị Yến (hư cấu)", Rank.CAPTAIN, REFORM);

            long daNangParty = unit("T13-CA-PCTDCT", OrganizationKind.POLICE_UNIT,
                    "Phòng Công tác đảng và công tác chính trị", "T13-CA", REFORM);
            staff(daNangParty, PositionTitle.DIVISION_HEAD, "Võ Thị Thanh (hư cấu)", Rank.COLONEL, REFORM);
            long haiChau = unit("T13-CA-PHC", OrganizationKind.COMMUNE_POLICE, "Công an phường Hải Châu", "T13-CA",
                    REFORM);
            staff(haiChau, PositionTitle.POLICE_CHIEF, "Dương Công Minh (hư cấu)", Rank.LIEUTENANT_COLONEL, REFORM);
            long hoaVang = unit("T13-CA-XHV", OrganizationKind.COMMUNE_POLICE, "Công an xã Hòa Vang", "T13-CA",
                    REFORM);
            staff(hoaVang, PositionTitle.POLICE_CHIEF, "Huỳnh Văn Lộc (hư cấu)", Rank.MAJOR, REFORM);
            audit.record("DEMO_UNITS_CREATED", "organization", "T20-CA, T01-CA, T13-CA", "demo mode");
        });
    }

    private long unit(String code, OrganizationKind kind, String name, String parentCode, LocalDate from) {
        long parent = organizations.findByCode(parentCode).orElseThrow().id();
        return administration.createChecked(new CreateOrganization(code, kind, name, name, null, parent, from)).id();
    }

    /** Ends a unit (it was created open) and rebuilds its closure rows. */
    private void end(long id, LocalDate lastDay) {
        Organization unit = organizations.findById(id).orElseThrow();
        unit.close(lastDay);
        organizations.saveAndFlush(unit);
        closure.rebuild(List.of(id));
    }

    /**
     * A new fictitious person with a rank since {@code from}, holding {@code title} in the unit from then on (until
     * the unit's end).
     */
    private long staff(long unit, PositionTitle title, String name, Rank rank, LocalDate from) {
        Person person = new Person(name);
        person.promote(rank, from);
        long id = persons.save(person).id();
        hold(id, unit, title, from);
        return id;
    }

    private void hold(long person, long unit, PositionTitle title, LocalDate from) {
        Organization organization = organizations.findById(unit).orElseThrow();
        positions.save(new Position(person, unit, title, false, from, organization.validTo()));
    }
}
