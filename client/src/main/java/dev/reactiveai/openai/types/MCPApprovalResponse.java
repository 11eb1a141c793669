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
 * A response to an MCP approval request.
 *
 * @param type The type of the item. Always {@code mcp_approval_response}.
 * @param id The unique ID of the approval response
 * @param approvalRequestId The ID of the approval request being answered.
 * @param approve Whether the request was approved.
 * @param reason Optional reason for the decision.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPApprovalResponse.Reader.class)
public record MCPApprovalResponse(@JsonProperty("type") String type, @JsonProperty("id") @Nullable String id,
		@JsonProperty("approval_request_id") String approvalRequestId, @JsonProperty("approve") Boolean approve,
		@JsonProperty("reason") @Nullable String reason,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Item {

	/**
	 * Creates a {@link MCPApprovalResponse}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the item.
	 * @param id The unique ID of the approval response
	 * @param approvalRequestId The ID of the approval request being answered.
	 * @param approve Whether the request was approved.
	 * @param reason Optional reason for the decision.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPApprovalResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPApprovalResponse}.
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
	 * Builds a {@link MCPApprovalResponse}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String approvalRequestId;

		private @Nullable Boolean approve;

		private @Nullable String reason;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_approval_response";
		}

		private Builder(MCPApprovalResponse source) {
			this.type = source.type();
			this.id = source.id();
			this.approvalRequestId = source.approvalRequestId();
			this.approve = source.approve();
			this.reason = source.reason();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the approval response
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The ID of the approval request being answered.
		 * @param approvalRequestId the value (required)
		 * @return this builder
		 */
		public Builder approvalRequestId(@Nullable String approvalRequestId) {
			this.approvalRequestId = approvalRequestId;
			return this;
		}

		/**
		 * Whether the request was approved.
		 * @param approve the value (required)
		 * @return this builder
		 */
		public Builder approve(@Nullable Boolean approve) {
			this.approve = approve;
			return this;
		}

		/**
		 * Optional reason for the decision.
		 * @param reason the value
		 * @return this builder
		 */
		public Builder reason(@Nullable String reason) {
			this.reason = reason;
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
		public MCPApprovalResponse build() {
			return new MCPApprovalResponse(this.type, this.id,
					Objects.requireNonNull(this.approvalRequestId, "'approvalRequestId' is required"),
					Objects.requireNonNull(this.approve, "'approve' is required"), this.reason,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MCPApprovalResponse} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPApprovalResponse> {

		Reader() {
			super(MCPApprovalResponse.class, "type", "id", "approval_request_id", "approve", "reason");
		}

		@Override
		protected MCPApprovalResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MCPApprovalResponse((String) values[0], (String) values[1], (String) values[2],
					(Boolean) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPApprovalResponse} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPApprovalResponse> {

		Writer() {
			super(MCPApprovalResponse.class, "type", "id", "approval_request_id", "approve", "reason");
		}

		@Override
		protected @Nullable Object value(MCPApprovalResponse record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.approvalRequestId();
				case 3 -> record.approve();
				case 4 -> record.reason();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPApprovalResponse record) {
			return record.additionalProperties();
		}

	}
}
