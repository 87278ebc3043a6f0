package org.accountkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.tools.JavaCompiler;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AccountKit as a host on the module path uses it: a small webshop module is compiled against AccountKit's jars and
 * run, and a module that names one of AccountKit's {@code internal} classes must not compile. So a broken module
 * boundary fails the build.
 */
class ModulePathTest {

    /** The jars a host needs on its module path: AccountKit's and what they require at run time. */
    private static final List<String> NEEDED = List.of("account-core", "account-inmemory-adapter",
            "account-argon2-adapter", "account-jdbc-adapter", "jakarta.validation-api", "hibernate-validator",
            "jboss-logging", "classmate", "jmolecules-ddd", "jmolecules-events", "jmolecules-hexagonal",
            "jstereotype", "bcprov-jdk18on", "flyway-core", "h2-");

    @TempDir
    static Path work;
    private static String modulePath;

    @BeforeAll
    static void collectTheJars() throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean ours = path.toString().contains("account-") && path.endsWith(Path.of("target", "classes"));
            if (ours && !path.toString().contains("account-examples")) {
                jars.add(jarOf(path).toString());
            } else if (name.endsWith(".jar") && NEEDED.stream().anyMatch(name::startsWith)) {
                jars.add(entry);
            }
        }
        assertThat(jars).as("AccountKit's modules and their dependencies on the test class path")
                .anyMatch(jar -> jar.contains("account-core")).anyMatch(jar -> jar.contains("account-jdbc-adapter"))
                .anyMatch(jar -> jar.contains("hibernate-validator"));
        modulePath = String.join(File.pathSeparator, jars);
    }

    @Test
    void a_webshop_module_compiles_against_the_api_and_runs_on_both_storages() throws Exception {
        Path classes = work.resolve("shop-classes");
        String errors = compile(source("shop"), classes);
        assertThat(errors).isEmpty();

        Process shop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath, "--add-modules", "com.h2database",
                "-m", "org.example.shop/org.example.shop.Shop").redirectErrorStream(true).start();
        String output = new String(shop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(shop.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(shop.exitValue()).as(output).isZero();
        assertThat(output).contains("in memory: placed true, refused [email, initialPassword, username]",
                "jdbc: placed true, refused [email, initialPassword, username]");
    }

    @Test
    void a_module_that_names_an_internal_class_does_not_compile() throws Exception {
        String errors = compile(source("peek"), work.resolve("peek-classes"));

        assertThat(errors).contains("org.accountkit.approval.internal").contains("not visible");
    }

    private static List<Path> source(String module) throws IOException {
        Path root = work.resolve("src-" + module);
        copy("module-path/" + module + "/module-info.java", root.resolve("module-info.java"));
        String pkg = module.equals("shop") ? "org/example/shop/Shop.java" : "org/example/peek/Peek.java";
        copy("module-path/" + module + "/" + pkg, root.resolve(pkg));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = ModulePathTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
    }

    /** Compiles {@code sources} on the module path; answers the compiler's errors, empty when it compiled. */
    private static String compile(List<Path> sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "--module-path", modulePath, "-d",
                classes.toString(), "-Xlint:-module"));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
    }

    /**
     * A jar of a module's classes, as {@code mvn package} makes it: when the build ran only to {@code test}, the
     * class path holds {@code target/classes} instead of the jar. The JDBC adapter keeps its Automatic-Module-Name.
     */
    private static Path jarOf(Path classes) throws IOException {
        Path target = classes.getParent();
        try (Stream<Path> built = Files.list(target)) {
            List<Path> jars = built.filter(file -> file.getFileName().toString().endsWith(".jar")
                    && !file.getFileName().toString().contains("-tests")).toList();
            if (!jars.isEmpty()) {
                return jars.get(0);
            }
        }
        Path jar = work.resolve(target.getParent().getFileName() + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (target.getParent().getFileName().toString().equals("account-jdbc-adapter")) {
            manifest.getMainAttributes().putValue("Automatic-Module-Name", "org.accountkit.jdbc");
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
