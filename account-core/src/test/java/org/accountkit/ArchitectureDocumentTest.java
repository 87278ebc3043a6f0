package org.accountkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.junit.jupiter.api.Test;

/** {@code docs/ARCHITECTURE.md} lists the capabilities the code has, each with the use cases its package has. */
class ArchitectureDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "ARCHITECTURE.md");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "accountkit");
    private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");

    @Test
    void the_capability_table_names_every_capability_package_and_no_other() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> entries = Files.list(SOURCES)) {
            entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("shared") && !name.equals("spi")).forEach(packages::add);
        }

        assertThat(capabilities().keySet()).containsExactlyInAnyOrderElementsOf(packages);
        packages.forEach(capability -> assertThat(SOURCES.resolve(capability).resolve("package-info.java"))
                .as("the package-info of %s", capability).exists());
    }

    @Test
    void each_capability_lists_exactly_the_use_cases_of_its_package() throws Exception {
        for (Map.Entry<String, List<String>> capability : capabilities().entrySet()) {
            Set<String> useCases = new TreeSet<>();
            try (Stream<Path> files = Files.list(SOURCES.resolve(capability.getKey()))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    if (!name.equals("package-info")) {
                        Class<?> type = Class.forName("org.accountkit." + capability.getKey() + "." + name);
                        if (type.isAnnotationPresent(PrimaryPort.class)) {
                            useCases.add(name);
                        }
                    }
                }
            }
            assertThat(new TreeSet<>(capability.getValue())).as("use cases of %s", capability.getKey())
                    .isEqualTo(useCases);
        }
    }

    /** The capability table: package, and the use cases named in its third column. */
    private static Map<String, List<String>> capabilities() throws IOException {
        List<String> lines = Files.readAllLines(DOCUMENT);
        int start = lines.indexOf("## Capabilities");
        assertThat(start).as("a section Capabilities").isNotNegative();
        Map<String, List<String>> capabilities = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (cells.length > 3 && cells[2].strip().startsWith("`")) {
                List<String> useCases = new ArrayList<>();
                Matcher names = NAME.matcher(cells[3]);
                while (names.find()) {
                    useCases.add(names.group(1));
                }
                capabilities.put(cells[2].strip().replace("`", ""), useCases);
            }
        }
        return capabilities;
    }
}
