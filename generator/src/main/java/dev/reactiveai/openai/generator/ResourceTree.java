package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.palantir.javapoet.ClassName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The services, as the naming table arranges the operations: a group per first accessor
 * ({@code threads}), a nested service per further accessor ({@code threads.runs}), each
 * with its operations in the table's order.
 */
final class ResourceTree {

	static final String BASE_PACKAGE = "dev.reactiveai.openai";

	static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

	/**
	 * The {@code OpenAI-Beta} header of an operation's example requests, such as
	 * {@code assistants=v2}: the API refuses the beta groups' calls without it.
	 */
	private static final Pattern BETA_HEADER = Pattern.compile("OpenAI-Beta: ([A-Za-z0-9_=.-]+)");

	/** A service: a group or a sub-resource, and its operations. */
	static final class Resource {

		private final List<String> accessors;

		private final Map<String, Resource> children = new LinkedHashMap<>();

		private final List<Operation> operations = new ArrayList<>();

		Resource(List<String> accessors) {
			this.accessors = accessors;
		}

		/** The accessors from the client to this service, the group first. */
		List<String> accessors() {
			return this.accessors;
		}

		/** This service's accessor on its parent. */
		String accessor() {
			return this.accessors.get(this.accessors.size() - 1);
		}

		Map<String, Resource> children() {
			return this.children;
		}

		List<Operation> operations() {
			return this.operations;
		}

		/** The generated class: {@code ThreadsRunsService} in the group's package. */
		ClassName serviceName() {
			StringBuilder name = new StringBuilder();
			for (String accessor : this.accessors) {
				name.append(Character.toUpperCase(accessor.charAt(0))).append(accessor.substring(1));
			}
			return ClassName.get(packageName(this.accessors.get(0)), name + "Service");
		}

		/**
		 * The path that every operation of this service and its sub-services starts with,
		 * such as {@code /threads/{thread_id}/runs}.
		 */
		String path() {
			List<String> common = null;
			for (Operation operation : allOperations()) {
				List<String> segments = List.of(operation.path().substring(1).split("/"));
				if (common == null) {
					common = segments;
				}
				else {
					int same = 0;
					while (same < common.size() && same < segments.size()
							&& common.get(same).equals(segments.get(same))) {
						same++;
					}
					common = common.subList(0, same);
				}
			}
			if (common == null) {
				return "/";
			}
			if (!common.isEmpty() && common.get(common.size() - 1).startsWith("{")) {
				common = common.subList(0, common.size() - 1);
			}
			return "/" + String.join("/", common);
		}

		private List<Operation> allOperations() {
			List<Operation> all = new ArrayList<>(this.operations);
			this.children.values().forEach((child) -> all.addAll(child.allOperations()));
			return all;
		}

	}

	private ResourceTree() {
	}

	/** The package of a group's services: {@code dev.reactiveai.openai.vectorstores}. */
	static String packageName(String group) {
		return BASE_PACKAGE + "." + group.toLowerCase(Locale.ROOT);
	}

	/**
	 * The groups of the description's operations, by name.
	 * @param spec the API description
	 * @param names the naming table
	 * @return the groups, sorted by name
	 * @throws IllegalStateException when the table and the description disagree, or a
	 * service has a method and a sub-service of the same name
	 */
	static Map<String, Resource> build(JsonNode spec, OperationNames names) {
		Map<String, Map.Entry<String, String>> locations = new LinkedHashMap<>();
		List<OperationNames.Described> described = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (HTTP_METHODS.contains(method.getKey())) {
					String id = method.getValue().path("operationId").asString();
					locations.put(id, Map.entry(path.getKey(), method.getKey()));
					described.add(new OperationNames.Described(id, method.getKey(), path.getKey()));
				}
			}
		}
		Map<String, String> groupBetaHeaders = groupBetaHeaders(spec, locations.values());
		Map<String, Resource> groups = new TreeMap<>();
		for (OperationNames.Entry entry : names.resolve(described)) {
			Map.Entry<String, String> location = locations.get(entry.operationId());
			List<String> accessors = entry.accessors();
			Resource resource = groups.computeIfAbsent(accessors.get(0), (group) -> new Resource(List.of(group)));
			for (int i = 1; i < accessors.size(); i++) {
				List<String> path = accessors.subList(0, i + 1);
				resource = resource.children.computeIfAbsent(accessors.get(i), (key) -> new Resource(path));
			}
			JsonNode node = spec.path("paths").path(location.getKey()).path(location.getValue());
			String betaHeader = betaHeader(node);
			resource.operations.add(new Operation(location.getKey(), location.getValue(), node, entry,
					(betaHeader != null) ? betaHeader : groupBetaHeaders.get(group(location.getKey()))));
		}
		groups.values().forEach((group) -> checkAccessors(group, names));
		return groups;
	}

	/** A method may not share its name with a sub-service's accessor. */
	private static void checkAccessors(Resource resource, OperationNames names) {
		for (Operation operation : resource.operations) {
			if (resource.children.containsKey(operation.methodName())) {
				throw new IllegalStateException("The naming table " + names.source() + " needs changes: line "
						+ operation.name().line() + " gives " + operation.id() + " the method " + operation.methodName()
						+ " on " + String.join(".", resource.accessors)
						+ ", which is also the accessor of a sub-service there; rename one of them");
			}
		}
		resource.children.values().forEach((child) -> checkAccessors(child, names));
	}

	/**
	 * The {@code OpenAI-Beta} header of each path group whose examples send one, so that
	 * an operation without an example of its own (ChatKit's thread deletion) sends it
	 * too.
	 */
	private static Map<String, String> groupBetaHeaders(JsonNode spec, Iterable<Map.Entry<String, String>> locations) {
		Map<String, String> headers = new TreeMap<>();
		for (Map.Entry<String, String> location : locations) {
			String header = betaHeader(spec.path("paths").path(location.getKey()).path(location.getValue()));
			if (header != null) {
				headers.putIfAbsent(group(location.getKey()), header);
			}
		}
		return headers;
	}

	private static String group(String path) {
		return path.substring(1).split("/")[0];
	}

	private static @Nullable String betaHeader(JsonNode operation) {
		Matcher matcher = BETA_HEADER.matcher(operation.path("x-oaiMeta").toString());
		return matcher.find() ? matcher.group(1) : null;
	}

}
