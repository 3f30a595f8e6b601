package vn.phoihop.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.ReorganizationCommand.NewOrganization;
import vn.phoihop.organization.ReorganizationKind;

/**
 * What the reorganisation wizard's form carries, flat so that a browser can post it (and post it again from the
 * preview). {@link #toCommand()} turns it into the {@link ReorganizationCommand} the service validates.
 * For a merge, {@code successor} is {@code "new"} (a new organisation from {@code newCode}/{@code newName}) or
 * {@code "existing"} ({@code targetId} absorbs the others); a split creates {@code newName} and {@code secondName}
 * and assigns each unit with {@code childAssignments}. {@code leadershipLinks} are the keys of the territorial
 * leadership links proposed for a merge of provinces that the administrator kept ticked on the preview.
 */
public class ReorganizationForm {

    private ReorganizationKind kind;
    @DateTimeFormat(pattern = OrganizationPagesController.DATE)
    private LocalDate effectiveDate;
    private String legalBasis;
    private String note;
    private Long subject;
    private List<Long> organizationIds = new ArrayList<>();
    private String successor = "new";
    private Long targetId;
    private String newCode;
    private String newName;
    private String newShortName;
    private String newAbbreviation;
    private String secondCode;
    private String secondName;
    private Map<Long, Integer> childAssignments = new LinkedHashMap<>();
    private List<String> leadershipLinks = new ArrayList<>();

    /** The command for the service: the subject is always among the organisations concerned. */
    public ReorganizationCommand toCommand() {
        List<Long> ids = new ArrayList<>();
        if (subject != null) {
            ids.add(subject);
        }
        organizationIds.stream().filter(id -> id != null && !ids.contains(id)).forEach(ids::add);
        List<NewOrganization> created = new ArrayList<>();
        Long target = null;
        String renamed = null;
        switch (kind == null ? ReorganizationKind.RENAME : kind) {
            case MERGE -> {
                if ("existing".equals(successor)) {
                    target = targetId;
                    ids.remove(targetId);
                }
                else {
                    created.add(new NewOrganization(newCode, null, newName, newShortName, newAbbreviation, null));
                }
            }
            case SPLIT -> {
                created.add(new NewOrganization(newCode, null, newName, null, null, null));
                created.add(new NewOrganization(secondCode, null, secondName, null, null, null));
            }
            case MOVE -> target = targetId;
            case RENAME -> renamed = newName;
            default -> {
            }
        }
        return new ReorganizationCommand(kind, effectiveDate, legalBasis, note, ids, target, created, renamed,
                kind == ReorganizationKind.RENAME ? newShortName : null,
                kind == ReorganizationKind.RENAME ? newAbbreviation : null,
                kind == ReorganizationKind.SPLIT ? childAssignments : Map.of());
    }

    public ReorganizationKind getKind() { return kind; }
    public void setKind(ReorganizationKind kind) { this.kind = kind; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getSubject() { return subject; }
    public void setSubject(Long subject) { this.subject = subject; }
    public List<Long> getOrganizationIds() { return organizationIds; }
    public void setOrganizationIds(List<Long> organizationIds) { this.organizationIds = organizationIds; }
    public String getSuccessor() { return successor; }
    public void setSuccessor(String successor) { this.successor = successor; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewShortName() { return newShortName; }
    public void setNewShortName(String newShortName) { this.newShortName = newShortName; }
    public String getNewAbbreviation() { return newAbbreviation; }
    public void setNewAbbreviation(String newAbbreviation) { this.newAbbreviation = newAbbreviation; }
    public String getSecondCode() { return secondCode; }
    public void setSecondCode(String secondCode) { this.secondCode = secondCode; }
    public String getSecondName() { return secondName; }
    public void setSecondName(String secondName) { this.secondName = secondName; }
    public Map<Long, Integer> getChildAssignments() { return childAssignments; }
    public void setChildAssignments(Map<Long, Integer> childAssignments) { this.childAssignments = childAssignments; }
    public List<String> getLeadershipLinks() { return leadershipLinks; }
    public void setLeadershipLinks(List<String> leadershipLinks) { this.leadershipLinks = leadershipLinks; }
}
