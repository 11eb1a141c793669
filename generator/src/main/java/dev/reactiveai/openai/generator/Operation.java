package dev.reactiveai.openai.generator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An operation of the API description and the name the naming table gives it.
 *
 * @param path the path template, such as {@code /threads/{thread_id}/runs}
 * @param method the HTTP method, lower case
 * @param node the operation's description
 * @param name its line of the naming table
 * @param betaHeader the {@code OpenAI-Beta} header the operation needs, or {@code null}
 */
record Operation(String path, String method, JsonNode node, OperationNames.Entry name, @Nullable String betaHeader) {

	String id() {
		return this.name.operationId();
	}

	/**
	 * Whether the operation authenticates with the admin key. The description declares
	 * one {@code ApiKeyAuth} for every operation; the operations of the organization
	 * administration API, under {@code /organization} and {@code /projects}, need an
	 * admin key (their examples send {@code $OPENAI_ADMIN_KEY}).
	 */
	boolean usesAdminKey() {
		return this.path.startsWith("/organization/") || this.path.equals("/organization")
				|| this.path.startsWith("/projects");
	}

	/** The method name the table gives the operation. */
	String methodName() {
		return this.name.method();
	}

}
