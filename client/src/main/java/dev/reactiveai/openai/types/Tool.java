// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool that can be used to generate a response.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = Tool.Deserializer.class)
public sealed interface Tool permits FunctionTool, FileSearchTool, ComputerTool, ComputerUsePreviewTool, WebSearchTool,
		MCPTool, CodeInterpreterTool, ImageGenTool, LocalShellToolParam, FunctionShellToolParam, CustomToolParam,
		NamespaceToolParam, ToolSearchToolParam, WebSearchPreviewTool, ApplyPatchToolParam, Tool.Unknown {

	/**
	 * A {@link Tool} that this version of the client does not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements Tool, UnknownVariant {
	}

	/**
	 * Reads a {@link Tool} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<Tool> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<Tool>variants(Unknown::new)
				.discriminator("type")
				.object(FunctionTool.class,
						VariantShape.declaring("type", "name", "description", "parameters", "strict", "defer_loading")
							.requiring("type", "name", "strict", "parameters")
							.values("type", "function"))
				.object(FileSearchTool.class,
						VariantShape
							.declaring("type", "vector_store_ids", "max_num_results", "ranking_options", "filters")
							.requiring("type", "vector_store_ids")
							.values("type", "file_search"))
				.object(ComputerTool.class, VariantShape.declaring("type").requiring("type").values("type", "computer"))
				.object(ComputerUsePreviewTool.class,
						VariantShape.declaring("type", "environment", "display_width", "display_height")
							.requiring("type", "environment", "display_width", "display_height")
							.values("type", "computer_use_preview")
							.values("environment", "windows", "mac", "linux", "ubuntu", "browser"))
				.object(WebSearchTool.class,
						VariantShape.declaring("type", "filters", "user_location", "search_context_size")
							.requiring("type")
							.values("type", "web_search", "web_search_2025_08_26")
							.values("search_context_size", "low", "medium", "high"))
				.object(MCPTool.class,
						VariantShape.declaring("type", "server_label", "server_url", "connector_id", "authorization",
								"server_description", "headers", "allowed_tools", "require_approval", "defer_loading")
							.requiring("type", "server_label")
							.values("type", "mcp")
							.values("connector_id", "connector_dropbox", "connector_gmail", "connector_googlecalendar",
									"connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar",
									"connector_outlookemail", "connector_sharepoint"))
				.object(CodeInterpreterTool.class,
						VariantShape.declaring("type", "container")
							.requiring("type", "container")
							.values("type", "code_interpreter"))
				.object(ImageGenTool.class, VariantShape
					.declaring("type", "model", "quality", "size", "output_format", "output_compression", "moderation",
							"background", "input_fidelity", "input_image_mask", "partial_images", "action")
					.requiring("type")
					.values("type", "image_generation")
					.values("action", "generate", "edit", "auto")
					.values("background", "transparent", "opaque", "auto")
					.values("input_fidelity", "high", "low")
					.values("moderation", "auto", "low")
					.values("output_format", "png", "webp", "jpeg")
					.values("quality", "low", "medium", "high", "auto")
					.values("size", "1024x1024", "1024x1536", "1536x1024", "auto"))
				.object(LocalShellToolParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "local_shell"))
				.object(FunctionShellToolParam.class,
						VariantShape.declaring("type", "environment").requiring("type").values("type", "shell"))
				.object(CustomToolParam.class,
						VariantShape.declaring("type", "name", "description", "format", "defer_loading")
							.requiring("type", "name")
							.values("type", "custom"))
				.object(NamespaceToolParam.class,
						VariantShape.declaring("type", "name", "description", "tools")
							.requiring("type", "name", "description", "tools")
							.values("type", "namespace"))
				.object(ToolSearchToolParam.class,
						VariantShape.declaring("type", "execution", "description", "parameters")
							.requiring("type")
							.values("type", "tool_search")
							.values("execution", "server", "client"))
				.object(WebSearchPreviewTool.class,
						VariantShape.declaring("type", "user_location", "search_context_size", "search_content_types")
							.requiring("type")
							.values("type", "web_search_preview", "web_search_preview_2025_03_11")
							.values("search_context_size", "low", "medium", "high"))
				.object(ApplyPatchToolParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "apply_patch")));
		}

	}

}
