package dev.reactiveai.openai.simulator;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Uploads: a file sent in parts. An upload is {@code pending} while parts are added,
 * {@code completed} when its parts, in the order of {@code part_ids}, add up to the bytes
 * it declared (and match {@code md5} when given) and become a file of the files group, or
 * {@code cancelled}. It expires an hour after it was created.
 */
final class UploadsHandler implements ResourceHandler {

	private static final Set<String> PURPOSES = Set.of("assistants", "batch", "fine-tune", "vision", "user_data",
			"evals");

	private static final long MAX_BYTES = 8L * 1024 * 1024 * 1024;

	private static final int MAX_PART_BYTES = 64 * 1024 * 1024;

	private static final long EXPIRY = 3600;

	private final Simulation simulation;

	private final ResourceStore<StoredUpload> uploads = new ResourceStore<>((upload) -> upload.id,
			Comparator.comparingLong((StoredUpload upload) -> upload.createdAt).thenComparing((upload) -> upload.id),
			UploadsHandler::missing);

	UploadsHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createUpload", this::create);
		routes.add("addUploadPart", this::addPart);
		routes.add("completeUpload", this::complete);
		routes.add("cancelUpload", this::cancel);
	}

	@Override
	public void reset() {
		this.uploads.clear();
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		for (String field : List.of("filename", "purpose", "bytes", "mime_type")) {
			if (request.path(field).isMissingNode() || request.path(field).isNull()) {
				return SimulatorResponse.invalidRequest("Missing required parameter: '" + field + "'.", field);
			}
		}
		String purpose = request.path("purpose").asString();
		if (!PURPOSES.contains(purpose)) {
			return SimulatorResponse.invalidRequest(
					"'" + purpose + "' is not one of " + new java.util.TreeSet<>(PURPOSES) + " - 'purpose'", "purpose");
		}
		long bytes = request.path("bytes").asLong(-1);
		if (bytes < 0 || bytes > MAX_BYTES) {
			return SimulatorResponse
				.invalidRequest("Invalid 'bytes': an upload must be between 0 and 8 GB, was " + bytes + ".", "bytes");
		}
		long created = this.simulation.now();
		JsonNode expiresAfter = request.path("expires_after");
		Long fileExpiresAt = expiresAfter.has("seconds") ? created + expiresAfter.path("seconds").asLong() : null;
		StoredUpload upload = new StoredUpload(this.simulation.ids().next("upload_"), created,
				request.path("filename").asString(), bytes, purpose, fileExpiresAt);
		this.uploads.put(upload);
		return SimulatorResponse.ok(upload.json());
	}

	private SimulatorResponse addPart(Call call) {
		String id = call.variable("upload_id");
		StoredUpload upload = this.uploads.get(id);
		RecordedRequest.RecordedPart data = call.request().part("data");
		if (data == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'data'.", "data");
		}
		if (data.content().length > MAX_PART_BYTES) {
			return SimulatorResponse.invalidRequest("A part must be at most 64 MB.", "data");
		}
		synchronized (upload) {
			SimulatorResponse refused = refuseUnlessPending(upload, "add a part to");
			if (refused != null) {
				return refused;
			}
			String partId = this.simulation.ids().next("part_");
			long created = this.simulation.now();
			upload.parts.put(partId, data.content());
			return SimulatorResponse
				.ok(JsonObjects.object("id", partId, "object", "upload.part", "created_at", created, "upload_id", id));
		}
	}

	private SimulatorResponse complete(Call call) {
		String id = call.variable("upload_id");
		StoredUpload upload = this.uploads.get(id);
		JsonNode partIds = call.json().path("part_ids");
		if (!partIds.isArray()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'part_ids'.", "part_ids");
		}
		synchronized (upload) {
			SimulatorResponse refused = refuseUnlessPending(upload, "complete");
			if (refused != null) {
				return refused;
			}
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			for (JsonNode partId : partIds) {
				byte[] part = upload.parts.get(partId.asString());
				if (part == null) {
					return SimulatorResponse.invalidRequest(
							"Invalid 'part_ids': no part '" + partId.asString() + "' in upload " + id + ".",
							"part_ids");
				}
				content.writeBytes(part);
			}
			byte[] bytes = content.toByteArray();
			if (bytes.length != upload.bytes) {
				return SimulatorResponse.invalidRequest("The upload declared " + upload.bytes
						+ " bytes, but its parts hold " + bytes.length + " bytes.", "part_ids");
			}
			String md5 = call.json().path("md5").asString(null);
			if (md5 != null && !md5.isEmpty() && !md5.equalsIgnoreCase(md5(bytes))) {
				return SimulatorResponse.invalidRequest(
						"The md5 checksum " + md5 + " does not match the parts' checksum " + md5(bytes) + ".", "md5");
			}
			FileStore.StoredFile file = new FileStore.StoredFile(this.simulation.ids().next("file-"), upload.filename,
					upload.purpose, this.simulation.now(), bytes, upload.fileExpiresAt);
			this.simulation.files().put(file);
			upload.status = "completed";
			upload.file = file;
			upload.parts.clear();
			return SimulatorResponse.ok(upload.json());
		}
	}

	private SimulatorResponse cancel(Call call) {
		String id = call.variable("upload_id");
		StoredUpload upload = this.uploads.get(id);
		synchronized (upload) {
			SimulatorResponse refused = refuseUnlessPending(upload, "cancel");
			if (refused != null) {
				return refused;
			}
			upload.status = "cancelled";
			upload.parts.clear();
			return SimulatorResponse.ok(upload.json());
		}
	}

	private @Nullable SimulatorResponse refuseUnlessPending(StoredUpload upload, String action) {
		if ("pending".equals(upload.status) && this.simulation.now() >= upload.createdAt + EXPIRY) {
			upload.status = "expired";
		}
		if (!"pending".equals(upload.status)) {
			return SimulatorResponse.invalidRequest(
					"Cannot " + action + " upload " + upload.id + ": its status is '" + upload.status + "'.", null);
		}
		return null;
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SimulatorResponse missing(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "No such Upload object: " + id, "upload_id", null);
	}

	private static final class StoredUpload {

		private final String id;

		private final long createdAt;

		private final String filename;

		private final long bytes;

		private final String purpose;

		private final @Nullable Long fileExpiresAt;

		private final Map<String, byte[]> parts = new ConcurrentHashMap<>();

		private volatile String status = "pending";

		private volatile FileStore.@Nullable StoredFile file;

		StoredUpload(String id, long createdAt, String filename, long bytes, String purpose,
				@Nullable Long fileExpiresAt) {
			this.id = id;
			this.createdAt = createdAt;
			this.filename = filename;
			this.bytes = bytes;
			this.purpose = purpose;
			this.fileExpiresAt = fileExpiresAt;
		}

		Map<String, @Nullable Object> json() {
			FileStore.StoredFile stored = this.file;
			return JsonObjects.object("id", this.id, "object", "upload", "bytes", this.bytes, "created_at",
					this.createdAt, "filename", this.filename, "purpose", this.purpose, "status", this.status,
					"expires_at", this.createdAt + EXPIRY, "file", (stored != null) ? stored.json() : null);
		}

	}

}
