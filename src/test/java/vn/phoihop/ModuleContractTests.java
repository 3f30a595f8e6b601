package vn.phoihop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A module's base package is its contract, and only that (DESIGN.md, house style 1): every public type in it is
 * used by another module, or appears in the public signature of one that is (an event's kind, a summary's kind).
 * No module reaches into another module's sub-packages except a named interface ({@code organization.spi}).
 */
class ModuleContractTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.phoihop");

    @ParameterizedTest
    @ValueSource(strings = { "vn.phoihop.organization", "vn.phoihop.account" })
    void basePackageHoldsOnlyWhatOtherModulesUse(String base) {
        Set<JavaClass> contract = CLASSES.stream()
                .filter(c -> c.getPackageName().equals(base) && c.isTopLevelClass()
                        && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getSimpleName().equals("package-info"))
                .collect(Collectors.toSet());
        Set<String> reached = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        contract.stream().filter(c -> usedFromOutside(c, base)).forEach(todo::add);
        while (!todo.isEmpty()) {
            JavaClass type = todo.pop();
            if (!reached.add(type.getName())) {
                continue;
            }
            signatureTypes(type).stream().filter(contract::contains).forEach(todo::add);
        }
        Set<String> unused = contract.stream().map(JavaClass::getName).filter(n -> !reached.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("public types in %s that no other module uses: move them to a sub-package", base)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "organization", "account", "document" })
    void noModuleReachesIntoAnotherModulesSubPackages(String module) {
        String base = "vn.phoihop." + module;
        noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "reside in a sub-package of " + base + " that is not a named interface",
                        (JavaClass c) -> c.getPackageName().startsWith(base + ".")
                                && !c.getPackageName().equals(base + ".spi")))
                .check(CLASSES);
    }

    private static boolean usedFromOutside(JavaClass type, String base) {
        return type.getDirectDependenciesToSelf().stream()
                .map(d -> d.getOriginClass().getPackageName())
                .anyMatch(p -> !p.equals(base) && !p.startsWith(base + "."));
    }

    /** The types a caller meets through the public members of {@code type}: parameters, results, fields. */
    private static Set<JavaClass> signatureTypes(JavaClass type) {
        Set<JavaClass> types = new java.util.HashSet<>();
        for (JavaMember member : type.getMembers()) {
            if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
                types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                unit.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
            } else if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
                types.addAll(field.getType().getAllInvolvedRawTypes());
            }
        }
        return types;
    }
}
