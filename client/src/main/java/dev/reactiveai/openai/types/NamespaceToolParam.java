// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Groups function/custom tools under a shared namespace.
 *
 * @param type The type of the tool. Always {@code namespace}.
 * @param name The namespace name used in tool calls (for example, {@code crm}).
 * @param description A description of the namespace shown to the model.
 * @param tools The function/custom tools available inside this namespace.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = NamespaceToolParam.Reader.class)
public record NamespaceToolParam(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("description") String description, @JsonProperty("tools") List<NamespaceToolParam.Tool> tools,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link NamespaceToolParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the tool.
	 * @param name The namespace name used in tool calls (for example, {@code crm}).
	 * @param description A description of the namespace shown to the model.
	 * @param tools The function/custom tools available inside this namespace.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public NamespaceToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link NamespaceToolParam}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * A function or custom tool that belongs to a namespace.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tool.Deserializer.class)
	public sealed interface Tool permits FunctionToolParam, CustomToolParam, Tool.Unknown {

		/**
		 * A {@link Tool} that this version of the client does not recognize, kept as it
		 * came.
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
					.object(FunctionToolParam.class,
							VariantShape
								.declaring("name", "description", "parameters", "strict", "type", "defer_loading")
								.requiring("name", "type")
								.values("type", "function"))
					.object(CustomToolParam.class,
							VariantShape.declaring("type", "name", "description", "format", "defer_loading")
								.requiring("type", "name")
								.values("type", "custom")));
			}

		}

	}

	/**
	 * Builds a {@link NamespaceToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable List<Tool> tools;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "namespace";
		}

		private Builder(NamespaceToolParam source) {
			this.type = source.type();
			this.name = source.name();
			this.description = source.description();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The namespace name used in tool calls (for example, {@code crm}).
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A description of the namespace shown to the model.
		 * @param description the value (required)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * The function/custom tools available inside this namespace.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value (required)
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * The function/custom tools available inside this namespace.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(Tool tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public NamespaceToolParam build() {
			return new NamespaceToolParam(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.description, "'description' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link NamespaceToolParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<NamespaceToolParam> {

		Reader() {
			super(NamespaceToolParam.class, "type", "name", "description", "tools");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected NamespaceToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new NamespaceToolParam((String) values[0], (String) values[1], (String) values[2],
					(List<Tool>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link NamespaceToolParam} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<NamespaceToolParam> {

		Writer() {
			super(NamespaceToolParam.class, "type", "name", "description", "tools");
		}

		@Override
		protected @Nullable Object value(NamespaceToolParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.description();
				case 3 -> record.tools();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(NamespaceToolParam record) {
			return record.additionalProperties();
		}

	}
}
