package org.accountkit.inmemory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;

import org.jmolecules.archunit.JMoleculesArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.accountkit", importOptions = ImportOption.DoNotIncludeTests.class)
class InMemoryArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_sits_outside_the_hexagon = JMoleculesArchitectureRules.ensureHexagonal();

    @ArchTest
    static final ArchRule only_the_storage_and_its_fault_hook_are_public = classes()
            .that().resideInAPackage("org.accountkit.inmemory").and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleName("InMemoryAccountStorage").orShould().haveSimpleName("StorageFaults");

    @ArchTest
    static final ArchRule the_adapter_uses_ports_not_use_case_implementations = noClasses()
            .that().resideInAPackage("org.accountkit.inmemory..")
            .should().dependOnClassesThat().resideInAPackage("org.accountkit..internal..");

    @ArchTest
    static final ArchRule the_adapter_needs_no_database_and_no_clock = noClasses()
            .that().resideInAPackage("org.accountkit.inmemory..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .orShould().callMethod(Instant.class, "now");
}
