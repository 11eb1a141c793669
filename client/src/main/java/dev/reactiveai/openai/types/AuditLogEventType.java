// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The event type.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record AuditLogEventType(@JsonValue String value) {
	/**
	 * The value {@code api_key.created}.
	 */
	public static final AuditLogEventType API_KEY_CREATED = new AuditLogEventType("api_key.created");

	/**
	 * The value {@code api_key.updated}.
	 */
	public static final AuditLogEventType API_KEY_UPDATED = new AuditLogEventType("api_key.updated");

	/**
	 * The value {@code api_key.deleted}.
	 */
	public static final AuditLogEventType API_KEY_DELETED = new AuditLogEventType("api_key.deleted");

	/**
	 * The value {@code certificate.created}.
	 */
	public static final AuditLogEventType CERTIFICATE_CREATED = new AuditLogEventType("certificate.created");

	/**
	 * The value {@code certificate.updated}.
	 */
	public static final AuditLogEventType CERTIFICATE_UPDATED = new AuditLogEventType("certificate.updated");

	/**
	 * The value {@code certificate.deleted}.
	 */
	public static final AuditLogEventType CERTIFICATE_DELETED = new AuditLogEventType("certificate.deleted");

	/**
	 * The value {@code certificates.activated}.
	 */
	public static final AuditLogEventType CERTIFICATES_ACTIVATED = new AuditLogEventType("certificates.activated");

	/**
	 * The value {@code certificates.deactivated}.
	 */
	public static final AuditLogEventType CERTIFICATES_DEACTIVATED = new AuditLogEventType("certificates.deactivated");

	/**
	 * The value {@code checkpoint.permission.created}.
	 */
	public static final AuditLogEventType CHECKPOINT_PERMISSION_CREATED = new AuditLogEventType(
			"checkpoint.permission.created");

	/**
	 * The value {@code checkpoint.permission.deleted}.
	 */
	public static final AuditLogEventType CHECKPOINT_PERMISSION_DELETED = new AuditLogEventType(
			"checkpoint.permission.deleted");

	/**
	 * The value {@code external_key.registered}.
	 */
	public static final AuditLogEventType EXTERNAL_KEY_REGISTERED = new AuditLogEventType("external_key.registered");

	/**
	 * The value {@code external_key.removed}.
	 */
	public static final AuditLogEventType EXTERNAL_KEY_REMOVED = new AuditLogEventType("external_key.removed");

	/**
	 * The value {@code group.created}.
	 */
	public static final AuditLogEventType GROUP_CREATED = new AuditLogEventType("group.created");

	/**
	 * The value {@code group.updated}.
	 */
	public static final AuditLogEventType GROUP_UPDATED = new AuditLogEventType("group.updated");

	/**
	 * The value {@code group.deleted}.
	 */
	public static final AuditLogEventType GROUP_DELETED = new AuditLogEventType("group.deleted");

	/**
	 * The value {@code invite.sent}.
	 */
	public static final AuditLogEventType INVITE_SENT = new AuditLogEventType("invite.sent");

	/**
	 * The value {@code invite.accepted}.
	 */
	public static final AuditLogEventType INVITE_ACCEPTED = new AuditLogEventType("invite.accepted");

	/**
	 * The value {@code invite.deleted}.
	 */
	public static final AuditLogEventType INVITE_DELETED = new AuditLogEventType("invite.deleted");

	/**
	 * The value {@code ip_allowlist.created}.
	 */
	public static final AuditLogEventType IP_ALLOWLIST_CREATED = new AuditLogEventType("ip_allowlist.created");

	/**
	 * The value {@code ip_allowlist.updated}.
	 */
	public static final AuditLogEventType IP_ALLOWLIST_UPDATED = new AuditLogEventType("ip_allowlist.updated");

	/**
	 * The value {@code ip_allowlist.deleted}.
	 */
	public static final AuditLogEventType IP_ALLOWLIST_DELETED = new AuditLogEventType("ip_allowlist.deleted");

	/**
	 * The value {@code ip_allowlist.config.activated}.
	 */
	public static final AuditLogEventType IP_ALLOWLIST_CONFIG_ACTIVATED = new AuditLogEventType(
			"ip_allowlist.config.activated");

	/**
	 * The value {@code ip_allowlist.config.deactivated}.
	 */
	public static final AuditLogEventType IP_ALLOWLIST_CONFIG_DEACTIVATED = new AuditLogEventType(
			"ip_allowlist.config.deactivated");

	/**
	 * The value {@code login.succeeded}.
	 */
	public static final AuditLogEventType LOGIN_SUCCEEDED = new AuditLogEventType("login.succeeded");

	/**
	 * The value {@code login.failed}.
	 */
	public static final AuditLogEventType LOGIN_FAILED = new AuditLogEventType("login.failed");

	/**
	 * The value {@code logout.succeeded}.
	 */
	public static final AuditLogEventType LOGOUT_SUCCEEDED = new AuditLogEventType("logout.succeeded");

	/**
	 * The value {@code logout.failed}.
	 */
	public static final AuditLogEventType LOGOUT_FAILED = new AuditLogEventType("logout.failed");

	/**
	 * The value {@code organization.updated}.
	 */
	public static final AuditLogEventType ORGANIZATION_UPDATED = new AuditLogEventType("organization.updated");

	/**
	 * The value {@code project.created}.
	 */
	public static final AuditLogEventType PROJECT_CREATED = new AuditLogEventType("project.created");

	/**
	 * The value {@code project.updated}.
	 */
	public static final AuditLogEventType PROJECT_UPDATED = new AuditLogEventType("project.updated");

	/**
	 * The value {@code project.archived}.
	 */
	public static final AuditLogEventType PROJECT_ARCHIVED = new AuditLogEventType("project.archived");

	/**
	 * The value {@code project.deleted}.
	 */
	public static final AuditLogEventType PROJECT_DELETED = new AuditLogEventType("project.deleted");

	/**
	 * The value {@code rate_limit.updated}.
	 */
	public static final AuditLogEventType RATE_LIMIT_UPDATED = new AuditLogEventType("rate_limit.updated");

	/**
	 * The value {@code rate_limit.deleted}.
	 */
	public static final AuditLogEventType RATE_LIMIT_DELETED = new AuditLogEventType("rate_limit.deleted");

	/**
	 * The value {@code resource.deleted}.
	 */
	public static final AuditLogEventType RESOURCE_DELETED = new AuditLogEventType("resource.deleted");

	/**
	 * The value {@code tunnel.created}.
	 */
	public static final AuditLogEventType TUNNEL_CREATED = new AuditLogEventType("tunnel.created");

	/**
	 * The value {@code tunnel.updated}.
	 */
	public static final AuditLogEventType TUNNEL_UPDATED = new AuditLogEventType("tunnel.updated");

	/**
	 * The value {@code tunnel.deleted}.
	 */
	public static final AuditLogEventType TUNNEL_DELETED = new AuditLogEventType("tunnel.deleted");

	/**
	 * The value {@code role.created}.
	 */
	public static final AuditLogEventType ROLE_CREATED = new AuditLogEventType("role.created");

	/**
	 * The value {@code role.updated}.
	 */
	public static final AuditLogEventType ROLE_UPDATED = new AuditLogEventType("role.updated");

	/**
	 * The value {@code role.deleted}.
	 */
	public static final AuditLogEventType ROLE_DELETED = new AuditLogEventType("role.deleted");

	/**
	 * The value {@code role.assignment.created}.
	 */
	public static final AuditLogEventType ROLE_ASSIGNMENT_CREATED = new AuditLogEventType("role.assignment.created");

	/**
	 * The value {@code role.assignment.deleted}.
	 */
	public static final AuditLogEventType ROLE_ASSIGNMENT_DELETED = new AuditLogEventType("role.assignment.deleted");

	/**
	 * The value {@code scim.enabled}.
	 */
	public static final AuditLogEventType SCIM_ENABLED = new AuditLogEventType("scim.enabled");

	/**
	 * The value {@code scim.disabled}.
	 */
	public static final AuditLogEventType SCIM_DISABLED = new AuditLogEventType("scim.disabled");

	/**
	 * The value {@code service_account.created}.
	 */
	public static final AuditLogEventType SERVICE_ACCOUNT_CREATED = new AuditLogEventType("service_account.created");

	/**
	 * The value {@code service_account.updated}.
	 */
	public static final AuditLogEventType SERVICE_ACCOUNT_UPDATED = new AuditLogEventType("service_account.updated");

	/**
	 * The value {@code service_account.deleted}.
	 */
	public static final AuditLogEventType SERVICE_ACCOUNT_DELETED = new AuditLogEventType("service_account.deleted");

	/**
	 * The value {@code user.added}.
	 */
	public static final AuditLogEventType USER_ADDED = new AuditLogEventType("user.added");

	/**
	 * The value {@code user.updated}.
	 */
	public static final AuditLogEventType USER_UPDATED = new AuditLogEventType("user.updated");

	/**
	 * The value {@code user.deleted}.
	 */
	public static final AuditLogEventType USER_DELETED = new AuditLogEventType("user.deleted");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public AuditLogEventType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static AuditLogEventType of(String value) {
		return switch (value) {
			case "api_key.created" -> API_KEY_CREATED;
			case "api_key.updated" -> API_KEY_UPDATED;
			case "api_key.deleted" -> API_KEY_DELETED;
			case "certificate.created" -> CERTIFICATE_CREATED;
			case "certificate.updated" -> CERTIFICATE_UPDATED;
			case "certificate.deleted" -> CERTIFICATE_DELETED;
			case "certificates.activated" -> CERTIFICATES_ACTIVATED;
			case "certificates.deactivated" -> CERTIFICATES_DEACTIVATED;
			case "checkpoint.permission.created" -> CHECKPOINT_PERMISSION_CREATED;
			case "checkpoint.permission.deleted" -> CHECKPOINT_PERMISSION_DELETED;
			case "external_key.registered" -> EXTERNAL_KEY_REGISTERED;
			case "external_key.removed" -> EXTERNAL_KEY_REMOVED;
			case "group.created" -> GROUP_CREATED;
			case "group.updated" -> GROUP_UPDATED;
			case "group.deleted" -> GROUP_DELETED;
			case "invite.sent" -> INVITE_SENT;
			case "invite.accepted" -> INVITE_ACCEPTED;
			case "invite.deleted" -> INVITE_DELETED;
			case "ip_allowlist.created" -> IP_ALLOWLIST_CREATED;
			case "ip_allowlist.updated" -> IP_ALLOWLIST_UPDATED;
			case "ip_allowlist.deleted" -> IP_ALLOWLIST_DELETED;
			case "ip_allowlist.config.activated" -> IP_ALLOWLIST_CONFIG_ACTIVATED;
			case "ip_allowlist.config.deactivated" -> IP_ALLOWLIST_CONFIG_DEACTIVATED;
			case "login.succeeded" -> LOGIN_SUCCEEDED;
			case "login.failed" -> LOGIN_FAILED;
			case "logout.succeeded" -> LOGOUT_SUCCEEDED;
			case "logout.failed" -> LOGOUT_FAILED;
			case "organization.updated" -> ORGANIZATION_UPDATED;
			case "project.created" -> PROJECT_CREATED;
			case "project.updated" -> PROJECT_UPDATED;
			case "project.archived" -> PROJECT_ARCHIVED;
			case "project.deleted" -> PROJECT_DELETED;
			case "rate_limit.updated" -> RATE_LIMIT_UPDATED;
			case "rate_limit.deleted" -> RATE_LIMIT_DELETED;
			case "resource.deleted" -> RESOURCE_DELETED;
			case "tunnel.created" -> TUNNEL_CREATED;
			case "tunnel.updated" -> TUNNEL_UPDATED;
			case "tunnel.deleted" -> TUNNEL_DELETED;
			case "role.created" -> ROLE_CREATED;
			case "role.updated" -> ROLE_UPDATED;
			case "role.deleted" -> ROLE_DELETED;
			case "role.assignment.created" -> ROLE_ASSIGNMENT_CREATED;
			case "role.assignment.deleted" -> ROLE_ASSIGNMENT_DELETED;
			case "scim.enabled" -> SCIM_ENABLED;
			case "scim.disabled" -> SCIM_DISABLED;
			case "service_account.created" -> SERVICE_ACCOUNT_CREATED;
			case "service_account.updated" -> SERVICE_ACCOUNT_UPDATED;
			case "service_account.deleted" -> SERVICE_ACCOUNT_DELETED;
			case "user.added" -> USER_ADDED;
			case "user.updated" -> USER_UPDATED;
			case "user.deleted" -> USER_DELETED;
			default -> new AuditLogEventType(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "api_key.created", "api_key.updated", "api_key.deleted", "certificate.created", "certificate.updated",
					"certificate.deleted", "certificates.activated", "certificates.deactivated",
					"checkpoint.permission.created", "checkpoint.permission.deleted", "external_key.registered",
					"external_key.removed", "group.created", "group.updated", "group.deleted", "invite.sent",
					"invite.accepted", "invite.deleted", "ip_allowlist.created", "ip_allowlist.updated",
					"ip_allowlist.deleted", "ip_allowlist.config.activated", "ip_allowlist.config.deactivated",
					"login.succeeded", "login.failed", "logout.succeeded", "logout.failed", "organization.updated",
					"project.created", "project.updated", "project.archived", "project.deleted", "rate_limit.updated",
					"rate_limit.deleted", "resource.deleted", "tunnel.created", "tunnel.updated", "tunnel.deleted",
					"role.created", "role.updated", "role.deleted", "role.assignment.created",
					"role.assignment.deleted", "scim.enabled", "scim.disabled", "service_account.created",
					"service_account.updated", "service_account.deleted", "user.added", "user.updated",
					"user.deleted" ->
				true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}
