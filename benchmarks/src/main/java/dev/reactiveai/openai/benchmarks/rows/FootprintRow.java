package dev.reactiveai.openai.benchmarks.rows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.DependencyTree;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.RowResult;

/**
 * Row 6: what each artifact weighs on a class path: its own jar, the jars it brings, and
 * what it adds to an application that already has Spring WebFlux, from the dependency
 * closures that Maven resolved for this module.
 */
public final class FootprintRow {

	private static final Map<String, String> ARTIFACTS = new LinkedHashMap<>();

	static {
		ARTIFACTS.put(StartupRow.STARTER, "this project's starter");
		ARTIFACTS.put("dev.reactiveai:openai-reactive-client", "this project's client alone");
		ARTIFACTS.put(StartupRow.SDK, "official SDK");
		ARTIFACTS.put(StartupRow.WEBFLUX, "Spring Boot WebFlux starter (baseline)");
	}

	private static final Map<String, String> IDS = Map.of(StartupRow.STARTER, "starter",
			"dev.reactiveai:openai-reactive-client", "client", StartupRow.SDK, "sdk", StartupRow.WEBFLUX, "webflux");

	private final BuildOutput build;

	/**
	 * The row.
	 * @param build where the dependency tree comes from
	 */
	public FootprintRow(BuildOutput build) {
		this.build = build;
	}

	public RowResult run() {
		DependencyTree tree = this.build.dependencyTree();
		Set<Path> webflux = new HashSet<>(tree.closure(StartupRow.WEBFLUX));
		Map<String, Double> figures = new LinkedHashMap<>();
		ARTIFACTS.keySet().forEach((artifact) -> {
			List<Path> closure = tree.closure(artifact);
			String prefix = "footprint." + IDS.get(artifact) + ".";
			figures.put(prefix + "jarBytes", (double) DependencyTree.size(closure.get(0)));
			figures.put(prefix + "dependencies", (double) (closure.size() - 1));
			figures.put(prefix + "totalBytes", (double) closure.stream().mapToLong(DependencyTree::size).sum());
			List<Path> added = closure.stream().filter((file) -> !webflux.contains(file)).toList();
			figures.put(prefix + "addedJars", (double) added.size());
			figures.put(prefix + "addedBytes", (double) added.stream().mapToLong(DependencyTree::size).sum());
		});
		List<List<String>> table = new ArrayList<>();
		ARTIFACTS.forEach((artifact, name) -> {
			String prefix = "footprint." + IDS.get(artifact) + ".";
			double total = figures.get(prefix + "totalBytes");
			double added = figures.get(prefix + "addedBytes");
			table.add(List.of(name + " (`" + artifact + "`)", Format.bytes(figures.get(prefix + "jarBytes")),
					Format.number(figures.get(prefix + "dependencies"), 0), Format.bytes(total),
					Format.number(figures.get(prefix + "addedJars"), 0) + " / " + Format.bytes(added),
					Format.ratio(total, figures.get("footprint.sdk.totalBytes")) + ", "
							+ Format.ratio(added, figures.get("footprint.sdk.addedBytes")),
					Format.ratio(total, figures.get("footprint.webflux.totalBytes"))));
		});
		return new RowResult("6. Footprint", description(),
				List.of("Artifact", "Own jar", "Transitive runtime deps", "Total (jar + deps)",
						"Added to a WebFlux app (jars / size)", "total, added vs SDK", "total vs WebFlux"),
				table, List.of(), figures);
	}

	private static String description() {
		return "Sizes of the jars on the runtime class path, from the dependency tree that Maven resolved for the "
				+ "benchmarks module (`target/runtime-dependency-tree.txt`, verbose, so that a jar shared by "
				+ "several artifacts counts for each), in a Spring Boot 4 build: versions are those of Boot's "
				+ "dependency management where it manages them (for the SDK: Jackson 2, Kotlin), as an application "
				+ "built on Boot gets them. *Added to a WebFlux app* leaves out the jars that "
				+ "`spring-boot-starter-webflux` already brings. Ratios below 1 are smaller.";
	}

}
