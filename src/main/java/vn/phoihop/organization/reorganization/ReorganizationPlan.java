package vn.phoihop.organization.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.spi.AffectedItem;

/**
 * The steps of one reorganisation, computed once and then either described (preview) or carried out (apply), so
 * what is previewed is what is applied. Organisations the plan creates are referred to by their index in
 * {@link #created} until they have an id.
 */
final class ReorganizationPlan {

    final ReorganizationCommand command;
    final List<Step> steps = new ArrayList<>();
    final List<Create> created = new ArrayList<>();
    final List<Transit> transitions = new ArrayList<>();
    final List<PlannedChange> changes = new ArrayList<>();
    final List<AffectedItem> affected = new ArrayList<>();
    /** Existing organisations whose rows the plan changes (the journal's neighbourhood). */
    final Set<Long> touched = new LinkedHashSet<>();

    ReorganizationPlan(ReorganizationCommand command) {
        this.command = command;
    }

    LocalDate date() {
        return command.effectiveDate();
    }

    LocalDate lastDay() {
        return command.effectiveDate().minusDays(1);
    }

    void add(Step step, PlannedChange change) {
        steps.add(step);
        changes.add(change);
    }

    Ref create(Create create) {
        created.add(create);
        Ref ref = Ref.created(created.size() - 1);
        add(create, new PlannedChange(PlannedChange.Type.CREATE, null, create.code(), create.name(),
                create.parentName(), date()));
        return ref;
    }

    /** An existing organisation ({@code id}) or one the plan creates ({@code index}). */
    record Ref(Long id, Integer index) {

        static Ref existing(long id) {
            return new Ref(id, null);
        }

        static Ref created(int index) {
            return new Ref(null, index);
        }
    }

    sealed interface Step permits Create, Close, Rename, Move, EndLink, AddLink, EndPosition {
    }

    record Create(String code, OrganizationKind kind, String name, String shortName, String abbreviation,
            Ref parent, String parentName) implements Step {
    }

    record Close(long organizationId) implements Step {
    }

    record Rename(long organizationId, String name, String shortName, String abbreviation) implements Step {
    }

    record Move(long organizationId, Ref parent) implements Step {
    }

    record EndLink(long linkId) implements Step {
    }

    record AddLink(Ref organization, Ref leader, LeadershipKind kind, LocalDate validTo) implements Step {
    }

    record EndPosition(long positionId) implements Step {
    }

    /** From a predecessor to a successor ({@code null} when it closes), with names for the preview. */
    record Transit(long predecessorId, String predecessorName, Ref successor, String successorName) {
    }
}
