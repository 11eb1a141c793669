// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool that controls a virtual computer. Learn more about the
 * <a href="https://platform.openai.com/docs/guides/tools-computer-use">computer tool</a>.
 *
 * @param type The type of the computer use tool. Always {@code computer_use_preview}.
 * @param environment The type of computer environment to control.
 * @param displayWidth The width of the computer display.
 * @param displayHeight The height of the computer display.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerUsePreviewTool.Reader.class)
public record ComputerUsePreviewTool(@JsonProperty("type") String type,
		@JsonProperty("environment") ComputerEnvironment environment, @JsonProperty("display_width") Long displayWidth,
		@JsonProperty("display_height") Long displayHeight,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link ComputerUsePreviewTool}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the computer use tool.
	 * @param environment The type of computer environment to control.
	 * @param displayWidth The width of the computer display.
	 * @param displayHeight The height of the computer display.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerUsePreviewTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerUsePreviewTool}.
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
	 * Builds a {@link ComputerUsePreviewTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ComputerEnvironment environment;

		private @Nullable Long displayWidth;

		private @Nullable Long displayHeight;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "computer_use_preview";
		}

		private Builder(ComputerUsePreviewTool source) {
			this.type = source.type();
			this.environment = source.environment();
			this.displayWidth = source.displayWidth();
			this.displayHeight = source.displayHeight();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The type of computer environment to control.
		 * @param environment the value (required)
		 * @return this builder
		 */
		public Builder environment(@Nullable ComputerEnvironment environment) {
			this.environment = environment;
			return this;
		}

		/**
		 * The type of computer environment to control.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder environment(String value) {
			return environment(ComputerEnvironment.of(value));
		}

		/**
		 * The width of the computer display.
		 * @param displayWidth the value (required)
		 * @return this builder
		 */
		public Builder displayWidth(@Nullable Long displayWidth) {
			this.displayWidth = displayWidth;
			return this;
		}

		/**
		 * The height of the computer display.
		 * @param displayHeight the value (required)
		 * @return this builder
		 */
		public Builder displayHeight(@Nullable Long displayHeight) {
			this.displayHeight = displayHeight;
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
		public ComputerUsePreviewTool build() {
			return new ComputerUsePreviewTool(this.type,
					Objects.requireNonNull(this.environment, "'environment' is required"),
					Objects.requireNonNull(this.displayWidth, "'displayWidth' is required"),
					Objects.requireNonNull(this.displayHeight, "'displayHeight' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerUsePreviewTool} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerUsePreviewTool> {

		Reader() {
			super(ComputerUsePreviewTool.class, "type", "environment", "display_width", "display_height");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> ComputerEnvironment.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ComputerUsePreviewTool create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerUsePreviewTool((String) values[0], (ComputerEnvironment) values[1], (Long) values[2],
					(Long) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerUsePreviewTool} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerUsePreviewTool> {

		Writer() {
			super(ComputerUsePreviewTool.class, "type", "environment", "display_width", "display_height");
		}

		@Override
		protected @Nullable Object value(ComputerUsePreviewTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.environment();
				case 2 -> record.displayWidth();
				case 3 -> record.displayHeight();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerUsePreviewTool record) {
			return record.additionalProperties();
		}

	}
}
