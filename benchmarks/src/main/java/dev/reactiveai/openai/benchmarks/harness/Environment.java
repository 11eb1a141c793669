package dev.reactiveai.openai.benchmarks.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the numbers were measured on: the machine, the JVM, the libraries, the date.
 *
 * @param date when the run started, UTC
 * @param cores the processors the JVM sees
 * @param cpu the processor's model, where Linux tells it
 * @param memoryBytes the machine's memory
 * @param loadAverage the one-minute load average when the run started
 * @param os the operating system
 * @param jvm the JVM's name and version
 * @param libraries the versions of the libraries compared
 */
public record Environment(String date, int cores, String cpu, long memoryBytes, double loadAverage, String os,
		String jvm, List<String> libraries) {

	/**
	 * This machine and JVM.
	 * @param tree the resolved dependencies, for the libraries' versions
	 * @return the environment
	 */
	public static Environment current(DependencyTree tree) {
		com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		List<String> libraries = new ArrayList<>();
		for (String library : List.of("com.openai:openai-java", "com.squareup.okhttp3:okhttp",
				"com.fasterxml.jackson.core:jackson-databind", "org.jetbrains.kotlin:kotlin-stdlib",
				"org.springframework.boot:spring-boot", "org.springframework:spring-webflux",
				"io.projectreactor.netty:reactor-netty-http", "io.netty:netty-handler",
				"tools.jackson.core:jackson-databind", "org.openjdk.jmh:jmh-core")) {
			libraries.add(library + " " + tree.version(library));
		}
		return new Environment(
				ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
				Runtime.getRuntime().availableProcessors(), processorModel(), system.getTotalMemorySize(),
				system.getSystemLoadAverage(),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
						+ System.getProperty("java.vendor") + ")",
				libraries);
	}

	private static String processorModel() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux
		}
		return "unknown processor";
	}

}
