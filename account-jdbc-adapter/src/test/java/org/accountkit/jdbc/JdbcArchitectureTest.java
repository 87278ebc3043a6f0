package org.accountkit.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;

import org.jmolecules.archunit.JMoleculesArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.accountkit", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_sits_outside_the_hexagon = JMoleculesArchitectureRules.ensureHexagonal();

    @ArchTest
    static final ArchRule only_the_storage_and_its_failure_are_public = classes()
            .that().resideInAPackage("org.accountkit.jdbc").and().arePublic()
            .should().haveSimpleName("JdbcAccountStorage").orShould().haveSimpleName("JdbcFailure");

    @ArchTest
    static final ArchRule sql_is_only_sent_with_bound_parameters = noClasses()
            .that().resideInAPackage("org.accountkit.jdbc..")
            .should().callMethod(Connection.class, "createStatement")
            .orShould().callMethod(Statement.class, "execute", String.class)
            .orShould().callMethod(Statement.class, "executeQuery", String.class)
            .orShould().callMethod(Statement.class, "executeUpdate", String.class)
            .orShould().callMethod(Statement.class, "addBatch", String.class);

    @ArchTest
    static final ArchRule the_adapter_uses_ports_not_use_case_implementations = noClasses()
            .that().resideInAPackage("org.accountkit.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.accountkit..internal..", "org.accountkit.inmemory..");

    @ArchTest
    static final ArchRule time_comes_from_the_core_not_the_adapter = noClasses()
            .that().resideInAPackage("org.accountkit.jdbc..")
            .should().callMethod(Instant.class, "now");
}
