package org.accountkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.shared.Actor;
import org.accountkit.user.Right;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's examples compile and run (the embedding example is {@link ReadmeExample}, the test-suite example is
 * {@link HostTestSuiteExampleTest}), and they are the code in the README.
 */
class ReadmeExampleTest {

    @Test
    void the_readme_example_runs_and_gives_the_mechanic_his_rights() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:readme-example;DB_CLOSE_DELAY=-1");

        Actor.UserActor jan = ReadmeExample.embed(h2);

        var stored = JdbcAccountStorage.withoutMigrating(h2).users().find(jan.customerNumber(), jan.user())
                .orElseThrow();
        assertThat(stored.username()).isEqualTo("Jan de Monteur");
        assertThat(stored.grantedRights()).containsExactlyInAnyOrder(Right.PLACE_ORDERS, Right.SEE_PRICES);
    }

    @Test
    void the_readme_shows_exactly_the_tested_embedding_code() throws IOException {
        assertThat(normalize(Files.readString(Path.of("../README.md"))))
                .contains(normalize(marked("src/main/java/org/accountkit/examples/ReadmeExample.java")));
    }

    @Test
    void the_readme_shows_exactly_the_tested_test_suite_code() throws IOException {
        assertThat(normalize(Files.readString(Path.of("../README.md"))))
                .contains(normalize(marked("src/test/java/org/accountkit/examples/HostTestSuiteExampleTest.java")));
    }

    /** The code between the markers {@code // README:start} and {@code // README:end}. */
    private static String marked(String path) throws IOException {
        String source = Files.readString(Path.of(path));
        String start = "// README:start\n";
        return source.substring(source.indexOf(start) + start.length(), source.indexOf("// README:end"));
    }

    private static String normalize(String code) {
        return Arrays.stream(code.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
