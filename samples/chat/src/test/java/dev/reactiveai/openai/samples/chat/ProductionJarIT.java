package dev.reactiveai.openai.samples.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar that {@code package} makes: the sample and its libraries, without
 * the simulator, its test support or the API description it answers from. Development
 * mode lives on the test classpath (TestChatSampleApplication) and must stay there. Runs
 * in the {@code verify} phase, after the jar is repackaged, on every entry of the jar and
 * of each jar nested in {@code BOOT-INF/lib}.
 */
class ProductionJarIT {

	private static final String SIMULATOR_PACKAGE = "dev/reactiveai/openai/simulator/";

	private static final String DESCRIPTION = "openai-openapi.json";

	private static final String CLASSES = "BOOT-INF/classes/";

	private static final String LIB = "BOOT-INF/lib/";

	private static final List<String> entries = new ArrayList<>();

	private static final List<String> libraries = new ArrayList<>();

	private static String startClass = "";

	@BeforeAll
	static void readJar() throws IOException {
		String location = System.getProperty("sample.jar");
		assertThat(location).as("the sample.jar system property, set by the failsafe plugin").isNotBlank();
		Path jar = Path.of(location);
		assertThat(jar).as("the jar that package makes").isRegularFile();
		try (JarFile file = new JarFile(jar.toFile())) {
			startClass = file.getManifest().getMainAttributes().getValue("Start-Class");
			Enumeration<JarEntry> all = file.entries();
			while (all.hasMoreElements()) {
				JarEntry entry = all.nextElement();
				entries.add(entry.getName());
				if (entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar")) {
					String library = entry.getName().substring(LIB.length());
					libraries.add(library);
					try (InputStream nested = file.getInputStream(entry)) {
						readNested(library, nested);
					}
				}
			}
		}
	}

	private static void readNested(String library, InputStream nested) throws IOException {
		try (JarInputStream jar = new JarInputStream(nested)) {
			for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
				entries.add(LIB + library + "!/" + entry.getName());
			}
		}
	}

	@Test
	void startsTheProductionEntryPoint() {
		assertThat(startClass).isEqualTo(ChatSampleApplication.class.getName());
		assertThat(entries).contains(CLASSES + ChatSampleApplication.class.getName().replace('.', '/') + ".class");
	}

	@Test
	void holdsTheClientAndItsStarterAsNestedJars() {
		// Proves that the checks below look inside the nested jars, where a dependency's
		// classes would be.
		assertThat(libraries).anyMatch((library) -> library.startsWith("openai-reactive-client-"))
			.anyMatch((library) -> library.startsWith("openai-reactive-spring-boot-autoconfigure-"));
		assertThat(matching((entry) -> entry.contains("!/dev/reactiveai/openai/core/"))).isNotEmpty();
	}

	@Test
	void holdsNoSimulatorClass() {
		assertThat(libraries).as("libraries of the simulator's artifact")
			.noneMatch((library) -> library.startsWith("openai-reactive-spring-boot-test-"));
		assertThat(matching((entry) -> entry.contains(SIMULATOR_PACKAGE))).as("entries of the simulator's packages")
			.isEmpty();
	}

	@Test
	void holdsNoCopyOfTheApiDescription() {
		assertThat(matching((entry) -> entry.endsWith(DESCRIPTION))).as("copies of " + DESCRIPTION).isEmpty();
	}

	@Test
	void holdsNothingOfDevelopmentMode() {
		assertThat(matching((entry) -> entry.contains("TestChatSampleApplication")
				|| entry.endsWith("application-simulator.yml") || entry.endsWith("logback-development.xml")))
			.as("development mode's entry point, profile and log settings")
			.isEmpty();
	}

	private static List<String> matching(Predicate<String> condition) {
		return entries.stream().filter(condition).toList();
	}

}
