package org.accountkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

@AnalyzeClasses(packages = "org.accountkit", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    private static final Pattern INTERNAL = Pattern.compile("^org\\.accountkit\\.(\\w+)\\.internal(\\..*)?$");

    @ArchTest
    static final ArchRule ddd_building_blocks_follow_jmolecules_rules = JMoleculesDddRules.all();

    @ArchTest
    static final ArchRule ports_and_application_are_hexagonal = JMoleculesArchitectureRules.ensureHexagonal();

    @ArchTest
    static final ArchRule the_core_knows_no_database_and_no_framework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                    "org.springframework..", "jakarta.persistence..", "jakarta.inject..", "org.bouncycastle..");

    @ArchTest
    static final ArchRule capabilities_are_free_of_cycles = slices().matching("org.accountkit.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule use_case_implementations_are_reached_only_through_the_entry_point = classes()
            .that().resideInAPackage("org.accountkit.*.internal..")
            .and(implementAUseCase())
            .should(onlyBeUsedWithinTheirCapabilityOrByTheEntryPoint());

    @ArchTest
    static final ArchRule the_exported_api_and_spi_never_depend_on_internals = noClasses()
            .that().resideOutsideOfPackage("org.accountkit.*.internal..")
            .and().doNotHaveFullyQualifiedName(AccountKit.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.accountkit.*.internal..");

    @ArchTest
    static final ArchRule the_storage_spi_knows_no_use_case = noClasses()
            .that().resideInAPackage("org.accountkit.spi..")
            .should().dependOnClassesThat().areAnnotatedWith(PrimaryPort.class);

    @ArchTest
    static final ArchRule time_comes_only_from_the_injected_clock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");

    @ArchTest
    static final ArchRule only_the_entry_point_picks_a_default_clock = noClasses()
            .that().doNotHaveFullyQualifiedName(AccountKit.Builder.class.getName())
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule errors_are_account_exceptions_named_as_facts = classes()
            .that().areAssignableTo(RuntimeException.class)
            .should().beAssignableTo(AccountException.class);

    private static DescribedPredicate<JavaClass> implementAUseCase() {
        return new DescribedPredicate<>("implement a use case") {
            @Override
            public boolean test(JavaClass type) {
                return type.getAllRawInterfaces().stream().anyMatch(port -> port.isAnnotatedWith(PrimaryPort.class));
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirCapabilityOrByTheEntryPoint() {
        return new ArchCondition<>("only be used within their capability or by AccountKit") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                String capability = capabilityOf(internal.getPackageName());
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean allowed = user.getName().startsWith(AccountKit.class.getName())
                            || user.getPackageName().startsWith("org.accountkit." + capability);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String capabilityOf(String packageName) {
        Matcher matcher = INTERNAL.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : packageName;
    }
}
