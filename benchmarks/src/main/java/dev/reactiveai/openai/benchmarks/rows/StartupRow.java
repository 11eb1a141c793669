package dev.reactiveai.openai.benchmarks.rows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.DependencyTree;
import dev.reactiveai.openai.benchmarks.harness.ForkedJvm;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.harness.RowResult;
import dev.reactiveai.openai.benchmarks.probes.StartupProbe;

/**
 * Row 5: start-up of a minimal Spring Boot WebFlux application ({@link StartupProbe}),
 * plain, with this project's starter, and with the official SDK's client as a bean. Each
 * start is a fresh JVM whose class path is exactly that application's: the closure of its
 * dependencies as Maven resolved them.
 */
public final class StartupRow {

	static final String WEBFLUX = "org.springframework.boot:spring-boot-starter-webflux";

	static final String STARTER = "dev.reactiveai:openai-reactive-spring-boot-starter";

	static final String SDK = "com.openai:openai-java";

	private static final Map<String, String> NAMES = Map.of("plain", "plain WebFlux application", "starter",
			"+ this project's starter", "sdk", "+ official SDK client bean");

	private final HarnessSettings settings;

	private final BuildOutput build;

	/**
	 * The row.
	 * @param settings the sizes
	 * @param build where the class paths come from
	 */
	public StartupRow(HarnessSettings settings, BuildOutput build) {
		this.settings = settings;
		this.build = build;
	}

	public RowResult run() {
		DependencyTree tree = this.build.dependencyTree();
		Map<String, List<Path>> classpaths = new LinkedHashMap<>();
		classpaths.put("plain", classpath(tree, WEBFLUX));
		classpaths.put("starter", classpath(tree, WEBFLUX, STARTER));
		classpaths.put("sdk", classpath(tree, WEBFLUX, SDK));
		ForkedJvm jvm = new ForkedJvm(this.build.logs());
		Map<String, List<Map<String, String>>> runs = new LinkedHashMap<>();
		// One unmeasured start of each first, so that the OS's file cache holds every jar
		for (int run = (this.settings.startupRuns() > 1) ? -1 : 0; run < this.settings.startupRuns(); run++) {
			for (Map.Entry<String, List<Path>> variant : classpaths.entrySet()) {
				Map<String, String> result = jvm.run(variant.getValue(), List.of(), StartupProbe.class.getName(),
						List.of(variant.getKey()), this.settings.timeout());
				if (run >= 0) {
					runs.computeIfAbsent(variant.getKey(), (key) -> new ArrayList<>()).add(result);
				}
			}
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		runs.forEach((id, results) -> {
			for (String key : List.of("refreshMillis", "readyMillis", "classes", "beans")) {
				figures.put("startup." + id + "." + key,
						Format.median(results.stream().map((result) -> Double.parseDouble(result.get(key))).toList()));
			}
		});
		List<List<String>> table = new ArrayList<>();
		for (String id : runs.keySet()) {
			String prefix = "startup." + id + ".";
			double refresh = figures.get(prefix + "refreshMillis");
			double ready = figures.get(prefix + "readyMillis");
			double classes = figures.get(prefix + "classes");
			table.add(List.of(NAMES.get(id), String.valueOf(classpaths.get(id).size()), Format.number(refresh, 0),
					Format.number(ready, 0), Format.number(classes, 0), Format.number(figures.get(prefix + "beans"), 0),
					Format.ratio(refresh, figures.get("startup.sdk.refreshMillis")) + ", "
							+ Format.ratio(ready, figures.get("startup.sdk.readyMillis")) + ", "
							+ Format.ratio(classes, figures.get("startup.sdk.classes")),
					Format.ratio(refresh, figures.get("startup.plain.refreshMillis")) + ", "
							+ Format.ratio(ready, figures.get("startup.plain.readyMillis")) + ", "
							+ Format.ratio(classes, figures.get("startup.plain.classes"))));
		}
		return new RowResult("5. Start-up", description(),
				List.of("Application", "Jars", "Refresh ms", "JVM start to ready ms", "Classes loaded", "Beans",
						"refresh, ready, classes vs SDK", "refresh, ready, classes vs plain"),
				table, List.of(), figures);
	}

	private List<Path> classpath(DependencyTree tree, String... dependencies) {
		Set<Path> classpath = new LinkedHashSet<>();
		// Only the probe's classes directory: benchmarks.jar's manifest would bring every
		// jar
		classpath.add(this.build.target().resolve("classes"));
		for (String dependency : dependencies) {
			classpath.addAll(tree.closure(dependency));
		}
		return List.copyOf(classpath);
	}

	private String description() {
		return "A `@SpringBootConfiguration @EnableAutoConfiguration` application with no component scan, on a "
				+ "random port, started in a fresh JVM (no options) each time: plain (`spring-boot-starter-webflux`), "
				+ "with `openai-reactive-spring-boot-starter` (its auto-configuration, `openai.api-key` set), and "
				+ "with `com.openai:openai-java` and an `OpenAIClientAsync` bean (the SDK has no auto-configuration). "
				+ "Each class path is the application's dependencies and no more. *Refresh* is from "
				+ "`ApplicationPreparedEvent` to `ContextRefreshedEvent` (it includes starting the web server); "
				+ "*ready* is the JVM's uptime at `ApplicationReadyEvent`; classes are those loaded by then. "
				+ ((this.settings.startupRuns() > 1) ? "After one unmeasured start of each, " : "")
				+ this.settings.startupRuns()
				+ " start(s) per application, in turns; medians. Ratios below 1 are faster or load fewer classes.";
	}

}
