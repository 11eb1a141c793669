package dev.reactiveai.openai.core.internal;

import java.util.List;
import java.util.Set;

import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiUnsupportedOperationException;

import org.springframework.http.HttpMethod;

/**
 * Where Azure OpenAI serves each operation, below the resource endpoint. On the dated API
 * the model operations go to {@code /openai/deployments/<deployment>/...} and the
 * resource's own operations (files, batches, fine-tuning, models, responses, vector
 * stores, assistants) to {@code /openai/...}; on the v1 API the groups Azure serves keep
 * OpenAI's paths below {@code /openai/v1}. Any other operation fails before it is sent,
 * rather than meeting a 404 from the server.
 */
final class AzureRoutes {

	/** The paths, all {@code POST}, of the operations served per deployment. */
	private static final Set<String> DEPLOYMENT_PATHS = Set.of("/chat/completions", "/completions", "/embeddings",
			"/images/generations", "/images/edits", "/audio/transcriptions", "/audio/translations", "/audio/speech");

	/** The groups the dated API serves on the resource. */
	private static final List<String> RESOURCE_GROUPS = List.of("/files", "/batches", "/fine_tuning", "/models",
			"/responses", "/vector_stores", "/assistants", "/threads");

	/** The groups the v1 API serves. */
	private static final List<String> V1_GROUPS = List.of("/chat/completions", "/completions", "/embeddings",
			"/responses", "/conversations", "/files", "/batches", "/fine_tuning", "/models", "/vector_stores",
			"/images/generations", "/images/edits", "/audio/transcriptions", "/audio/translations", "/audio/speech",
			"/evals", "/videos");

	private final AzureOptions azure;

	private final String clientName;

	private final SettingNames settingNames;

	AzureRoutes(AzureOptions azure, String clientName, SettingNames settingNames) {
		this.azure = azure;
		this.clientName = clientName;
		this.settingNames = settingNames;
	}

	/**
	 * The path template of a request below the resource endpoint.
	 * @param request the request
	 * @return the path template, with the request's placeholders
	 * @throws OpenAiUnsupportedOperationException if Azure does not serve the operation
	 * on the configured paths
	 * @throws OpenAiConfigurationException if the operation needs a deployment and none
	 * is set
	 */
	String pathTemplate(ApiRequest request) {
		String path = request.pathTemplate();
		if (this.azure.paths() == AzureOptions.Paths.V1) {
			if (inGroups(path, V1_GROUPS)) {
				return "/openai/v1" + path;
			}
			throw unsupported(request, "the v1 API (/openai/v1)");
		}
		if (request.method().equals(HttpMethod.POST) && DEPLOYMENT_PATHS.contains(path)) {
			String deployment = this.azure.deployment();
			if (deployment == null) {
				throw new OpenAiConfigurationException("Azure OpenAI client '" + this.clientName
						+ "' has no deployment: " + request.operationId() + " goes to /openai/deployments/<deployment>"
						+ path + ". Set the deployment of " + this.settingNames.nameOf(ClientSetting.AZURE)
						+ ", or use the v1 paths, where the request's model names the deployment");
			}
			return "/openai/deployments/" + deployment + path;
		}
		if (inGroups(path, RESOURCE_GROUPS)) {
			return "/openai" + path;
		}
		throw unsupported(request, "the deployment-based API (/openai/deployments)");
	}

	private OpenAiUnsupportedOperationException unsupported(ApiRequest request, String api) {
		return new OpenAiUnsupportedOperationException(
				"Azure OpenAI does not serve " + request.operationId() + " (" + request + ") on " + api
						+ ", so OpenAI client '" + this.clientName + "' did not send it. "
						+ ((this.azure.paths() == AzureOptions.Paths.DEPLOYMENTS)
								? "The v1 paths serve more operations; set the paths of "
										+ this.settingNames.nameOf(ClientSetting.AZURE) + " to v1, or call it"
								: "Call it")
						+ " with a client of the OpenAI API",
				request.operationId());
	}

	private static boolean inGroups(String path, List<String> groups) {
		for (String group : groups) {
			if (path.equals(group) || path.startsWith(group + "/")) {
				return true;
			}
		}
		return false;
	}

}
