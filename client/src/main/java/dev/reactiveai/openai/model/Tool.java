// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
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
	record Unknown(@JsonValue JsonNode json) implements Tool {
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
				.when("function", FunctionTool.class)
				.when("file_search", FileSearchTool.class)
				.when("computer", ComputerTool.class)
				.when("computer_use_preview", ComputerUsePreviewTool.class)
				.when("mcp", MCPTool.class)
				.when("code_interpreter", CodeInterpreterTool.class)
				.when("image_generation", ImageGenTool.class)
				.when("local_shell", LocalShellToolParam.class)
				.when("shell", FunctionShellToolParam.class)
				.when("custom", CustomToolParam.class)
				.when("namespace", NamespaceToolParam.class)
				.when("tool_search", ToolSearchToolParam.class)
				.when("apply_patch", ApplyPatchToolParam.class)
				.object(WebSearchTool.class, "type")
				.object(WebSearchPreviewTool.class, "type"));
		}

	}

}
