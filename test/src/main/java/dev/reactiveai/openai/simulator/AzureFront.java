package dev.reactiveai.openai.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * What the simulator does differently as an Azure OpenAI resource: it maps Azure's paths
 * to the operations' own, requires {@code api-version} on the dated API and a key or
 * token on every request, and answers its refusals in Azure's error shape, the content
 * filter's included.
 */
final class AzureFront {

	/** The paths, all {@code POST}, that Azure serves per deployment. */
	private static final Set<String> DEPLOYMENT_PATHS = Set.of("/chat/completions", "/completions", "/embeddings",
			"/images/generations", "/images/edits", "/audio/transcriptions", "/audio/translations", "/audio/speech");

	/** The groups the dated API serves on the resource. */
	private static final List<String> RESOURCE_GROUPS = List.of("/files", "/batches", "/fine_tuning", "/models",
			"/responses", "/vector_stores", "/assistants", "/threads");

	private static final String DEPLOYMENTS = "/openai/deployments/";

	/** Realtime sessions of the dated API: {@code ?api-version=...&deployment=...}. */
	private static final String REALTIME = "/openai/realtime";

	/** Realtime sessions of the v1 API: {@code ?model=<deployment>}. */
	private static final String V1_REALTIME = "/openai/v1/realtime";

	private final Set<String> deployments;

	/**
	 * The front of a resource.
	 * @param deployments the deployments it has; any name is accepted when empty
	 */
	AzureFront(Set<String> deployments) {
		this.deployments = Set.copyOf(deployments);
	}

	/**
	 * Where an Azure request goes.
	 * @param method the HTTP method
	 * @param path the request's path
	 * @return the operation's own path and whether the dated API was called, or a refusal
	 */
	Target target(String method, String path) {
		if (path.startsWith("/openai/v1/")) {
			return new Target(path.substring("/openai/v1".length()), false, null);
		}
		if (path.startsWith(DEPLOYMENTS)) {
			String rest = path.substring(DEPLOYMENTS.length());
			int slash = rest.indexOf('/');
			if (slash > 0) {
				String deployment = rest.substring(0, slash);
				String operationPath = rest.substring(slash);
				if ("POST".equals(method) && DEPLOYMENT_PATHS.contains(operationPath)) {
					if (!this.deployments.isEmpty() && !this.deployments.contains(deployment)) {
						return new Target(operationPath, true, deploymentNotFound());
					}
					return new Target(operationPath, true, null);
				}
			}
			return new Target(path, true, resourceNotFound());
		}
		if (path.startsWith("/openai/")) {
			String operationPath = path.substring("/openai".length());
			for (String group : RESOURCE_GROUPS) {
				if (operationPath.equals(group) || operationPath.startsWith(group + "/")) {
					return new Target(operationPath, true, null);
				}
			}
		}
		return new Target(path, true, resourceNotFound());
	}

	/**
	 * Azure's refusal of a request before it reaches the operation, if any: a missing
	 * {@code api-version} on the dated API, missing credentials, a body that the content
	 * filter refuses.
	 * @param request the request
	 * @param dated whether the dated API was called
	 * @return the refusal, or {@code null}
	 */
	@Nullable SimulatorResponse refusal(RecordedRequest request, boolean dated) {
		if (dated && request.queryParameter("api-version") == null) {
			return error(404, "404", "Resource not found. The api-version query parameter (?api-version=) is "
					+ "required for all requests of the deployment-based API.", null);
		}
		if (!hasCredentials(request.headers())) {
			return error(401, "401",
					"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a "
							+ "valid key for an active subscription and use a correct regional API endpoint for "
							+ "your resource.",
					null);
		}
		if (request.bodyText().contains(OpenAiSimulator.CONTENT_FILTER_TRIGGER)) {
			return contentFilter();
		}
		return null;
	}

	/**
	 * Whether a path is one of Azure's realtime endpoints.
	 * @param path the request's path
	 * @return whether realtime sessions open there
	 */
	static boolean isRealtime(String path) {
		return REALTIME.equals(path) || V1_REALTIME.equals(path);
	}

	/**
	 * Where a realtime handshake goes, as Azure serves it: on the dated API
	 * {@code api-version} and {@code deployment} are required, on the v1 API
	 * {@code model} names the deployment; the {@code api-key} header or a bearer token is
	 * required on both.
	 * @param path the handshake's path, one of {@link #isRealtime realtime}'s
	 * @param parameters its query parameters
	 * @param headers its headers
	 * @return the deployment the session talks to, or the refusal
	 */
	Realtime realtime(String path, Map<String, List<String>> parameters, HttpHeaders headers) {
		boolean dated = REALTIME.equals(path);
		String deployment = first(parameters, dated ? "deployment" : "model");
		if (dated && first(parameters, "api-version") == null) {
			return new Realtime("",
					error(404, "404",
							"Resource not found. The api-version query parameter "
									+ "(?api-version=) is required for realtime sessions of the deployment-based API.",
							null));
		}
		if (deployment == null) {
			return new Realtime("",
					error(400, "BadRequest",
							"The " + (dated ? "deployment" : "model")
									+ " query parameter is required: it names the deployment of a realtime model.",
							null));
		}
		if (!this.deployments.isEmpty() && !this.deployments.contains(deployment)) {
			return new Realtime(deployment, deploymentNotFound());
		}
		if (!hasCredentials(headers)) {
			return new Realtime(deployment, error(401, "401",
					"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a "
							+ "valid key for an active subscription and use a correct regional API endpoint for "
							+ "your resource.",
					null));
		}
		return new Realtime(deployment, null);
	}

	private static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty() || values.get(0).isBlank()) ? null : values.get(0);
	}

	private static boolean hasCredentials(HttpHeaders headers) {
		String key = headers.getFirst("api-key");
		if (key != null && !key.isBlank()) {
			return true;
		}
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.startsWith("Bearer ") && !authorization.substring(7).isBlank();
	}

	/**
	 * An error in Azure's shape: a code, often numeric, and no type.
	 * @param status the HTTP status
	 * @param code the error's code
	 * @param message the message
	 * @param innerError the inner error, or {@code null}
	 * @return the answer
	 */
	static SimulatorResponse error(int status, String code, String message, @Nullable Map<String, Object> innerError) {
		Map<String, @Nullable Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		if (innerError != null) {
			error.put("param", "prompt");
			error.put("type", null);
			error.put("status", status);
			error.put("innererror", innerError);
		}
		return new SimulatorResponse.Json(status, Map.of("error", error));
	}

	private static SimulatorResponse contentFilter() {
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("hate", Map.of("filtered", false, "severity", "safe"));
		results.put("self_harm", Map.of("filtered", false, "severity", "safe"));
		results.put("sexual", Map.of("filtered", false, "severity", "safe"));
		results.put("violence", Map.of("filtered", true, "severity", "high"));
		results.put("jailbreak", Map.of("filtered", false, "detected", false));
		return error(400, "content_filter",
				"The response was filtered due to the prompt triggering Azure OpenAI's content management policy. "
						+ "(The OpenAI simulator was sent " + OpenAiSimulator.CONTENT_FILTER_TRIGGER + ".)",
				Map.of("code", "ResponsibleAIPolicyViolation", "content_filter_result", results));
	}

	private static SimulatorResponse resourceNotFound() {
		return error(404, "404", "Resource not found", null);
	}

	private static SimulatorResponse deploymentNotFound() {
		return error(404, "DeploymentNotFound",
				"The API deployment for this resource does not exist. If you created the deployment within the last "
						+ "5 minutes, please wait a moment and try again.",
				null);
	}

	/**
	 * Where an Azure request goes.
	 *
	 * @param path the operation's own path, below what would be {@code /v1}
	 * @param dated whether the dated API was called, which requires {@code api-version}
	 * @param refusal the answer when the path is not one Azure serves, or {@code null}
	 */
	record Target(String path, boolean dated, @Nullable SimulatorResponse refusal) {

	}

	/**
	 * Where a realtime handshake goes.
	 *
	 * @param deployment the deployment named, the session's model
	 * @param refusal the answer when Azure would refuse the handshake, or {@code null}
	 */
	record Realtime(String deployment, @Nullable SimulatorResponse refusal) {

	}

}
