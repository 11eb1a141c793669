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
 * Controls diagnostic tracing during the session.
 *
 * @param enabled Indicates whether tracing is enabled.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatkitWorkflowTracing.Reader.class)
public record ChatkitWorkflowTracing(@JsonProperty("enabled") Boolean enabled,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatkitWorkflowTracing}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param enabled Indicates whether tracing is enabled.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatkitWorkflowTracing {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatkitWorkflowTracing}.
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
	 * Builds a {@link ChatkitWorkflowTracing}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatkitWorkflowTracing source) {
			this.enabled = source.enabled();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Indicates whether tracing is enabled.
		 * @param enabled the value (required)
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
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
		public ChatkitWorkflowTracing build() {
			return new ChatkitWorkflowTracing(Objects.requireNonNull(this.enabled, "'enabled' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatkitWorkflowTracing} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatkitWorkflowTracing> {

		Reader() {
			super(ChatkitWorkflowTracing.class, "enabled");
		}

		@Override
		protected ChatkitWorkflowTracing create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatkitWorkflowTracing((Boolean) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatkitWorkflowTracing} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatkitWorkflowTracing> {

		Writer() {
			super(ChatkitWorkflowTracing.class, "enabled");
		}

		@Override
		protected @Nullable Object value(ChatkitWorkflowTracing record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatkitWorkflowTracing record) {
			return record.additionalProperties();
		}

	}
}
