package dev.reactiveai.openai.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The servers the suite calls: a server already running at
 * {@code OPENAI_CONFORMANCE_BASE_URL}, or two Prism mocks of the vendored spec that it
 * starts itself, one with Prism's static answers and one with {@code -d} (random
 * schema-valid answers). Each Prism writes its log to {@code target/prism-<mode>.log} and
 * is stopped after the tests, or when the JVM exits. Without a server or a Prism to start
 * the tests are skipped.
 */
final class PrismServers implements BeforeAllCallback, AfterAllCallback {

	/** The Prism that CI installs and that {@code npx} is asked for. */
	static final String PRISM_PACKAGE = "@stoplight/prism-cli@5.16.0";

	/** What Prism logs for a request that breaks the spec. */
	private static final String INVALID_REQUEST = "Request did not pass the validation rules";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration NPX_START_TIMEOUT = Duration.ofSeconds(240);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private final Map<String, URI> targets = new LinkedHashMap<>();

	private final List<Process> processes = new ArrayList<>();

	private final Map<String, Path> logs = new LinkedHashMap<>();

	private @Nullable Thread shutdownHook;

	private String description = "not started";

	private @Nullable String unavailable;

	/**
	 * Skip the calling test when there is no server to call.
	 * @throws TestAbortedException if there is none
	 */
	void assumeAvailable() {
		if (this.unavailable != null) {
			throw new TestAbortedException(this.unavailable);
		}
	}

	/**
	 * The servers to call, by mode name ({@code static}, {@code dynamic}, or
	 * {@code external}).
	 */
	Map<String, URI> targets() {
		return this.targets;
	}

	/**
	 * How many requests each Prism that the suite started logged as breaking the spec
	 * ({@code Request did not pass the validation rules}), by mode.
	 */
	Map<String, Long> requestValidationFailures() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.logs.forEach((mode, log) -> {
			try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
				counts.put(mode, lines.filter((line) -> line.contains(INVALID_REQUEST)).count());
			}
			catch (IOException | UncheckedIOException ex) {
				counts.put(mode, -1L);
			}
		});
		return counts;
	}

	/** What the servers are, for the report. */
	String description() {
		return this.description;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		String external = environment("OPENAI_CONFORMANCE_BASE_URL");
		if (external != null) {
			String dynamic = environment("OPENAI_CONFORMANCE_DYNAMIC_BASE_URL");
			if (dynamic != null) {
				this.targets.put("static", URI.create(external));
				this.targets.put("dynamic", URI.create(dynamic));
				this.description = "servers already running at " + external + " (static) and " + dynamic + " (dynamic)";
			}
			else {
				this.targets.put("external", URI.create(external));
				this.description = "a server already running at " + external;
			}
			return;
		}
		List<String> prism = prismCommand();
		if (prism == null) {
			this.unavailable = "conformance: SKIPPED, no server to call. Set OPENAI_PRISM_BIN to a " + PRISM_PACKAGE
					+ " binary (.ci/run installs one in .ci/prism), put prism or npx on the PATH, "
					+ "or set OPENAI_CONFORMANCE_BASE_URL to a running mock of spec/openai-openapi.json";
			System.out.println(this.unavailable);
			return;
		}
		Path spec = Path.of(System.getProperty("openai.conformance.spec", "../spec/openai-openapi.json"))
			.toAbsolutePath()
			.normalize();
		Path target = Path.of(System.getProperty("openai.conformance.target", "target"));
		Files.createDirectories(target);
		String seed = environment("OPENAI_CONFORMANCE_SEED");
		List<String> dynamicOptions = new ArrayList<>(List.of("-d"));
		if (seed == null) {
			seed = "conformance";
		}
		if (!"random".equals(seed)) {
			dynamicOptions.addAll(List.of("--seed", seed));
		}
		Duration startTimeout = prism.get(0).endsWith("npx") ? NPX_START_TIMEOUT : START_TIMEOUT;
		this.shutdownHook = new Thread(this::stop, "prism-shutdown");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		Map<String, Process> started = new LinkedHashMap<>();
		Map<String, Integer> ports = new LinkedHashMap<>();
		Map<String, List<String>> modes = new LinkedHashMap<>();
		modes.put("static", List.of());
		modes.put("dynamic", dynamicOptions);
		for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
			int port = freePort();
			List<String> command = new ArrayList<>(prism);
			command.addAll(List.of("mock", "-h", "127.0.0.1", "-p", Integer.toString(port)));
			command.addAll(mode.getValue());
			command.add(spec.toString());
			Path log = target.resolve("prism-" + mode.getKey() + ".log");
			this.logs.put(mode.getKey(), log);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			process.getOutputStream().close();
			synchronized (this.processes) {
				this.processes.add(process);
			}
			started.put(mode.getKey(), process);
			ports.put(mode.getKey(), port);
		}
		List<CompletableFuture<Void>> waits = new ArrayList<>();
		for (String mode : started.keySet()) {
			URI base = URI.create("http://127.0.0.1:" + ports.get(mode));
			Path log = target.resolve("prism-" + mode + ".log");
			waits.add(CompletableFuture.runAsync(() -> awaitReady(started.get(mode), base, log, startTimeout)));
			this.targets.put(mode, base);
		}
		try {
			CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
				.get(startTimeout.toSeconds() + 10, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			stop();
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			stop();
			throw new IllegalStateException("Prism did not start within " + startTimeout, ex);
		}
		this.description = "Prism (" + String.join(" ", prism) + ") serving " + spec + "; dynamic mode "
				+ String.join(" ", dynamicOptions) + "; logs in " + target.toAbsolutePath().normalize()
				+ "/prism-*.log";
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
		if (this.shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// The JVM is already exiting: the hook runs (and finds nothing to stop).
			}
			this.shutdownHook = null;
		}
	}

	private void stop() {
		List<Process> running;
		synchronized (this.processes) {
			running = new ArrayList<>(this.processes);
			this.processes.clear();
		}
		for (Process process : running) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
		}
		for (Process process : running) {
			try {
				if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

	/**
	 * Wait until Prism answers any HTTP request; fail if it exits or takes longer than
	 * the limit.
	 */
	private static void awaitReady(Process process, URI base, Path log, Duration limit) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + limit.toNanos();
		HttpRequest probe = HttpRequest.newBuilder(base.resolve("/models"))
			.header("Authorization", "Bearer sk-test")
			.timeout(Duration.ofSeconds(5))
			.GET()
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"Prism exited with " + process.exitValue() + " before it answered; its log:\n" + tail(log));
			}
			try {
				http.send(probe, HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for Prism", ex);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for Prism", ex);
			}
		}
		throw new IllegalStateException(
				"Prism did not answer at " + base + " within " + limit + "; its log:\n" + tail(log));
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	/**
	 * The command that runs Prism: {@code OPENAI_PRISM_BIN}, the copy that
	 * {@code .ci/run} installs, {@code prism} on the PATH, or {@code npx} fetching
	 * {@value #PRISM_PACKAGE}.
	 */
	private static @Nullable List<String> prismCommand() {
		String configured = environment("OPENAI_PRISM_BIN");
		if (configured != null) {
			if (!Files.isExecutable(Path.of(configured))) {
				// Set on purpose (as CI does): a missing binary is a broken setup, not a
				// reason to skip.
				throw new IllegalStateException("OPENAI_PRISM_BIN is " + configured + ", which is not an executable; "
						+ "install it with: npm install --prefix .ci/prism " + PRISM_PACKAGE);
			}
			return List.of(configured);
		}
		Path root = Path.of(System.getProperty("openai.conformance.root", ".."));
		Path installed = root.resolve(".ci/prism/node_modules/.bin/prism");
		if (Files.isExecutable(installed)) {
			return List.of(installed.toAbsolutePath().normalize().toString());
		}
		Path onPath = onPath("prism");
		if (onPath != null) {
			return List.of(onPath.toString());
		}
		Path npx = onPath("npx");
		if (npx != null) {
			return List.of(npx.toString(), "--yes", PRISM_PACKAGE);
		}
		return null;
	}

	private static @Nullable Path onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (!directory.isBlank()) {
				Path candidate = Path.of(directory, name);
				if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static @Nullable String environment(String name) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
