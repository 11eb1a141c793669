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
 * The aggregated code interpreter sessions usage details of the specific time bucket.
 *
 * @param object Always {@code organization.usage.code_interpreter_sessions.result}.
 * @param numSessions The number of code interpreter sessions.
 * @param projectId When {@code group_by=project_id}, this field provides the project ID
 * of the grouped usage result.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UsageCodeInterpreterSessionsResult.Reader.class)
public record UsageCodeInterpreterSessionsResult(@JsonProperty("object") String object,
		@JsonProperty("num_sessions") @Nullable Long numSessions,
		@JsonProperty("project_id") @Nullable String projectId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements UsageTimeBucket.ResultItem {

	/**
	 * Creates a {@link UsageCodeInterpreterSessionsResult}, filling in {@code object}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object Always {@code organization.usage.code_interpreter_sessions.result}.
	 * @param numSessions The number of code interpreter sessions.
	 * @param projectId When {@code group_by=project_id}, this field provides the project
	 * ID of the grouped usage result.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UsageCodeInterpreterSessionsResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UsageCodeInterpreterSessionsResult}.
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
	 * Builds a {@link UsageCodeInterpreterSessionsResult}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Long numSessions;

		private @Nullable String projectId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.usage.code_interpreter_sessions.result";
		}

		private Builder(UsageCodeInterpreterSessionsResult source) {
			this.object = source.object();
			this.numSessions = source.numSessions();
			this.projectId = source.projectId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The number of code interpreter sessions.
		 * @param numSessions the value
		 * @return this builder
		 */
		public Builder numSessions(@Nullable Long numSessions) {
			this.numSessions = numSessions;
			return this;
		}

		/**
		 * When {@code group_by=project_id}, this field provides the project ID of the
		 * grouped usage result.
		 * @param projectId the value
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
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
		public UsageCodeInterpreterSessionsResult build() {
			return new UsageCodeInterpreterSessionsResult(this.object, this.numSessions, this.projectId,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UsageCodeInterpreterSessionsResult} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UsageCodeInterpreterSessionsResult> {

		Reader() {
			super(UsageCodeInterpreterSessionsResult.class, "object", "num_sessions", "project_id");
		}

		@Override
		protected UsageCodeInterpreterSessionsResult create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UsageCodeInterpreterSessionsResult((String) values[0], (Long) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link UsageCodeInterpreterSessionsResult} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UsageCodeInterpreterSessionsResult> {

		Writer() {
			super(UsageCodeInterpreterSessionsResult.class, "object", "num_sessions", "project_id");
		}

		@Override
		protected @Nullable Object value(UsageCodeInterpreterSessionsResult record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.numSessions();
				case 2 -> record.projectId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UsageCodeInterpreterSessionsResult record) {
			return record.additionalProperties();
		}

	}
}
