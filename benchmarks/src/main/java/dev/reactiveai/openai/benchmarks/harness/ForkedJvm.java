package dev.reactiveai.openai.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a probe in a JVM of its own, so that what it measures (threads, heap, classes
 * loaded, start-up time) is its own and not the harness's. A probe reports on one line
 * that starts with {@value #RESULT_PREFIX}, as {@code key=value} pairs; its other output
 * goes to a log file in {@code target/}.
 */
public final class ForkedJvm {

	/** The start of the line that carries a probe's result. */
	public static final String RESULT_PREFIX = "RESULT ";

	private final Path logDirectory;

	/**
	 * Forked JVMs that log under the given directory.
	 * @param logDirectory where each JVM's standard error goes
	 */
	public ForkedJvm(Path logDirectory) {
		this.logDirectory = logDirectory;
	}

	/**
	 * Run a probe and wait for its result.
	 * @param classpath the class path
	 * @param jvmArguments the JVM's options
	 * @param mainClass the probe
	 * @param arguments the probe's arguments
	 * @param timeout how long the probe may take before it is killed
	 * @return the result's pairs
	 */
	public Map<String, String> run(List<Path> classpath, List<String> jvmArguments, String mainClass,
			List<String> arguments, Duration timeout) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArguments);
		command.add("-cp");
		command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
		command.add(mainClass);
		command.addAll(arguments);
		try {
			Files.createDirectories(this.logDirectory);
			Path log = this.logDirectory.resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".log");
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			String result = null;
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				Thread watchdog = watchdog(process, timeout);
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (line.startsWith(RESULT_PREFIX)) {
						result = line.substring(RESULT_PREFIX.length());
					}
				}
				watchdog.interrupt();
			}
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
			if (result == null) {
				throw new IllegalStateException(
						mainClass + " " + arguments + " gave no result (exit " + exitValue(process) + "); see " + log);
			}
			return parse(result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** Kill the probe if it outlives its time, which also ends the read of its output. */
	private static Thread watchdog(Process process, Duration timeout) {
		Thread watchdog = new Thread(() -> {
			try {
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "probe-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		return watchdog;
	}

	private static String exitValue(Process process) {
		return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
	}

	private static Map<String, String> parse(String result) {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String pair : result.trim().split("\\s+")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return pairs;
	}

	/**
	 * Format a probe's result line.
	 * @param pairs the values
	 * @return the line
	 */
	public static String resultLine(Map<String, ?> pairs) {
		return RESULT_PREFIX + pairs.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

}
