package dev.reactiveai.openai.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the module's build leaves in {@code benchmarks/target/} for the harness: its
 * classes, the resolved runtime class path ({@code runtime-classpath.txt}, from
 * {@code dependency:build-classpath}) and the resolved dependency tree
 * ({@code runtime-dependency-tree.txt}, from {@code dependency:tree -Dverbose}). Forked
 * JVMs get their class paths from here, never from a guess.
 *
 * @param target the {@code target} directory
 * @param classes the harness's classes: {@code target/classes}, or
 * {@code target/benchmarks.jar} (whose manifest names the jars in {@code target/lib})
 */
public record BuildOutput(Path target, Path classes) {

	/**
	 * The build output that holds the running harness.
	 * @return the output
	 */
	public static BuildOutput locate() {
		try {
			Path classes = Path.of(BuildOutput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path target = classes.toAbsolutePath().getParent();
			if (!Files.isRegularFile(target.resolve("runtime-classpath.txt"))) {
				throw new IllegalStateException("No runtime-classpath.txt beside " + classes
						+ ": build the module first (./mvnw -B -q -pl benchmarks -am package -DskipTests)");
			}
			return new BuildOutput(target, classes.toAbsolutePath());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The resolved runtime dependencies, as files: their copies in {@code target/lib}
	 * where the module was packaged, so that a rebuild of another module during a run
	 * cannot change a jar under the harness's feet.
	 */
	public List<Path> runtimeDependencies() {
		String classpath = read("runtime-classpath.txt").trim();
		List<Path> files = new ArrayList<>();
		Arrays.stream(classpath.split(java.io.File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.map(Path::of)
			.forEach((entry) -> {
				Path copy = this.target.resolve("lib").resolve(entry.getFileName());
				files.add(Files.isRegularFile(copy) ? copy : entry);
			});
		return files;
	}

	/** The harness's own class path: its classes, then its dependencies. */
	public List<Path> classpath() {
		List<Path> classpath = new ArrayList<>();
		classpath.add(this.classes);
		classpath.addAll(runtimeDependencies());
		return classpath;
	}

	/** The resolved dependency tree. */
	public DependencyTree dependencyTree() {
		return DependencyTree.parse(read("runtime-dependency-tree.txt"), runtimeDependencies());
	}

	/** Where forked JVMs write their logs. */
	public Path logs() {
		return this.target.resolve("benchmark-logs");
	}

	private String read(String name) {
		try {
			return Files.readString(this.target.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
