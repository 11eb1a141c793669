package dev.reactiveai.openai.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The module's resolved runtime dependency tree, as {@code dependency:tree -Dverbose}
 * prints it, and the files of the class path. It answers what one dependency brings with
 * it: its transitive closure, as Maven resolved it for this module. The verbose tree is
 * needed because the plain one prints a shared jar only under the first dependency that
 * brings it, so that the others would look smaller than they are.
 */
public final class DependencyTree {

	private static final Pattern NODE = Pattern.compile("^([| +\\\\-]*)(\\()?([^ ()]+)(.*)$");

	private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");

	/** The resolved node of each artifact, by {@code groupId:artifactId[:classifier]}. */
	private final Map<String, Node> resolved = new LinkedHashMap<>();

	private final Map<String, Path> files = new LinkedHashMap<>();

	private DependencyTree() {
	}

	/**
	 * Read a tree.
	 * @param tree the output of {@code dependency:tree -Dverbose}
	 * @param classpath the files of the resolved runtime class path
	 * @return the tree
	 */
	public static DependencyTree parse(String tree, List<Path> classpath) {
		DependencyTree result = new DependencyTree();
		Deque<Node> parents = new ArrayDeque<>();
		for (String line : tree.split("\\R")) {
			Matcher matcher = NODE.matcher(line);
			if (line.isBlank() || !matcher.matches()) {
				continue;
			}
			int depth = matcher.group(1).length() / 3;
			Node node = Node.of(matcher.group(3), matcher.group(2) != null);
			while (parents.size() > depth) {
				parents.pop();
			}
			if (!parents.isEmpty()) {
				parents.peek().children.add(node);
			}
			parents.push(node);
			if (!node.omitted) {
				result.resolved.putIfAbsent(node.key(), node);
			}
		}
		Map<String, Path> byFileName = new LinkedHashMap<>();
		for (Path file : classpath) {
			byFileName.put(fileName(file), file);
		}
		for (Node node : result.resolved.values()) {
			Path file = byFileName.get(node.fileName());
			if (file == null) {
				file = byFileName.get(node.artifactId + "@module");
			}
			if (file != null) {
				result.files.put(node.key(), file);
			}
		}
		return result;
	}

	/**
	 * A dependency and everything it brings, as resolved for this module.
	 * @param groupAndArtifact {@code groupId:artifactId} of a dependency in the tree
	 * @return the files, the dependency's own first
	 */
	public List<Path> closure(String groupAndArtifact) {
		Node root = this.resolved.get(groupAndArtifact);
		if (root == null) {
			throw new IllegalArgumentException(groupAndArtifact + " is not in the dependency tree");
		}
		Set<String> keys = new LinkedHashSet<>();
		collect(root, keys);
		List<Path> closure = new ArrayList<>();
		for (String key : keys) {
			Path file = this.files.get(key);
			if (file == null) {
				throw new IllegalStateException("No file on the class path for " + key);
			}
			closure.add(file);
		}
		return closure;
	}

	/**
	 * The version that Maven resolved for a dependency.
	 * @param groupAndArtifact {@code groupId:artifactId}
	 * @return the version, or {@code ?} if it is not in the tree
	 */
	public String version(String groupAndArtifact) {
		Node node = this.resolved.get(groupAndArtifact);
		return (node != null) ? node.version : "?";
	}

	private void collect(Node node, Set<String> keys) {
		// An omitted node stands for the resolved one of the same artifact, with its
		// children
		Node resolved = this.resolved.get(node.key());
		if (resolved == null || !keys.add(resolved.key())) {
			return;
		}
		for (Node child : resolved.children) {
			collect(child, keys);
		}
	}

	/**
	 * The size of a class path entry: a jar's, or the sum of a directory's files, for a
	 * module of this build that was compiled but not packaged.
	 * @param file the entry
	 * @return its size in bytes
	 */
	public static long size(Path file) {
		try {
			if (Files.isDirectory(file)) {
				try (Stream<Path> files = Files.walk(file)) {
					return files.filter(Files::isRegularFile).mapToLong((each) -> each.toFile().length()).sum();
				}
			}
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A jar's name, or, for a module of this build that was compiled but not packaged
	 * ({@code target/classes}), {@code artifactId@module}.
	 */
	private static String fileName(Path file) {
		Path target = file.getParent();
		if (Files.isDirectory(file) && target != null && target.getParent() != null) {
			Path pom = target.getParent().resolve("pom.xml");
			String artifactId = moduleArtifactId(pom);
			if (artifactId != null) {
				return artifactId + "@module";
			}
		}
		return file.getFileName().toString();
	}

	private static @Nullable String moduleArtifactId(Path pom) {
		try {
			String text = Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "");
			Matcher matcher = ARTIFACT_ID.matcher(text);
			return matcher.find() ? matcher.group(1) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * One node of the tree.
	 */
	private static final class Node {

		private final String groupId;

		private final String artifactId;

		private final @Nullable String classifier;

		private final String type;

		private final String version;

		private final boolean omitted;

		private final List<Node> children = new ArrayList<>();

		private Node(String groupId, String artifactId, String type, @Nullable String classifier, String version,
				boolean omitted) {
			this.groupId = groupId;
			this.artifactId = artifactId;
			this.type = type;
			this.classifier = classifier;
			this.version = version;
			this.omitted = omitted;
		}

		/** {@code groupId:artifactId:type[:classifier]:version[:scope]}. */
		static Node of(String coordinates, boolean omitted) {
			String[] parts = coordinates.split(":");
			if (parts.length >= 6) {
				return new Node(parts[0], parts[1], parts[2], parts[3], parts[4], omitted);
			}
			return new Node(parts[0], parts[1], (parts.length > 2) ? parts[2] : "jar", null,
					(parts.length > 3) ? parts[3] : "", omitted);
		}

		String key() {
			return this.groupId + ":" + this.artifactId + ((this.classifier != null) ? ":" + this.classifier : "");
		}

		String fileName() {
			return this.artifactId + "-" + this.version + ((this.classifier != null) ? "-" + this.classifier : "") + "."
					+ this.type;
		}

	}

}
