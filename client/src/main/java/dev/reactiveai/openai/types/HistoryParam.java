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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Controls how much historical context is retained for the session.
 *
 * @param enabled Enables chat users to access previous ChatKit threads. Defaults to true.
 * @param recentThreads Number of recent ChatKit threads users have access to. Defaults to
 * unlimited when unset.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = HistoryParam.Reader.class)
public record HistoryParam(@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("recent_threads") @Nullable Long recentThreads,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link HistoryParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param enabled Enables chat users to access previous ChatKit threads.
	 * @param recentThreads Number of recent ChatKit threads users have access to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public HistoryParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link HistoryParam}.
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
	 * Builds a {@link HistoryParam}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private @Nullable Long recentThreads;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(HistoryParam source) {
			this.enabled = source.enabled();
			this.recentThreads = source.recentThreads();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Enables chat users to access previous ChatKit threads.
		 * @param enabled the value
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Number of recent ChatKit threads users have access to.
		 * @param recentThreads the value
		 * @return this builder
		 */
		public Builder recentThreads(@Nullable Long recentThreads) {
			this.recentThreads = recentThreads;
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
		public HistoryParam build() {
			return new HistoryParam(this.enabled, this.recentThreads, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link HistoryParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<HistoryParam> {

		Reader() {
			super(HistoryParam.class, "enabled", "recent_threads");
		}

		@Override
		protected HistoryParam create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new HistoryParam((Boolean) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link HistoryParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<HistoryParam> {

		Writer() {
			super(HistoryParam.class, "enabled", "recent_threads");
		}

		@Override
		protected @Nullable Object value(HistoryParam record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				case 1 -> record.recentThreads();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(HistoryParam record) {
			return record.additionalProperties();
		}

	}
}
