package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the committed services (the generator's output, as {@link GeneratedSourcesTests}
 * checks) promise their users: the names of the naming table, Javadoc on every public
 * method, and lazy paging wherever the API pages.
 */
class GeneratedServicesTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Path SOURCES = ROOT.resolve(Generator.CLIENT_SOURCES).resolve("dev/reactiveai/openai");

	/** A public method or constructor with its Javadoc. */
	private static final Pattern DOCUMENTED = Pattern
		.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public\\s+([^({;=]*?)\\s*(\\w+)\\(([^)]*)\\)\\s*\\{", Pattern.DOTALL);

	private static final Pattern PUBLIC_MEMBER = Pattern.compile("\\n\\t+public\\s+(?!final class)[^;=]*?\\(");

	private static final Map<String, String> services = services();

	@Test
	void theNamesAreTheTablesNotThePaths() {
		assertThat(source("threads/ThreadsService"))
			.contains("public Mono<Run> createAndRun(CreateThreadAndRunRequest request)")
			.contains("public Flux<AssistantStreamEvent> createAndRunStream(CreateThreadAndRunRequest request)");
		assertThat(source("threads/ThreadsRunsService"))
			.contains("public Mono<Run> create(String threadId, CreateRunRequest request,")
			.contains("public Flux<AssistantStreamEvent> createStream(String threadId, CreateRunRequest request,")
			.contains("public Mono<Run> submitToolOutputs(String threadId, String runId,");
		assertThat(source("responses/ResponsesService"))
			.contains("public Mono<CompactResource> compact(CompactResponseMethodPublicBody request)")
			.contains("public ResponsesInputItemsService inputItems()")
			.contains("public ResponsesInputTokensService inputTokens()");
		assertThat(source("responses/ResponsesInputTokensService")).contains("public Mono<TokenCountsResource> count(");
		assertThat(source("images/ImagesService")).contains("public Mono<ImagesResponse> generate(CreateImageRequest")
			.contains("public Mono<ImagesResponse> edit(CreateImageEditRequest")
			.contains("public Mono<ImagesResponse> createVariation(CreateImageVariationRequest");
		assertThat(source("chat/ChatCompletionsMessagesService"))
			.contains("public Flux<ChatCompletionMessageList.DataItem> list(String completionId)");
		assertThat(source("files/FilesService")).contains("public Flux<DataBuffer> content(String fileId)");
		assertThat(source("vectorstores/VectorStoresFileBatchesService"))
			.contains("public Mono<VectorStoreFileBatch> cancel(String vectorStoreId, String batchId)");
		assertThat(source("finetuning/FineTuningJobsService"))
			.contains("public Mono<FineTuningJob> pause(String fineTuningJobId)");
		assertThat(source("evals/EvalsRunsService"))
			.contains("public Mono<EvalRun> cancel(String evalId, String runId)");
		assertThat(services.keySet()).noneMatch((service) -> service.endsWith("/ImagesGenerationsService")
				|| service.endsWith("/ResponsesCompactService")
				|| service.endsWith("/OrganizationCertificatesActivateService"));
	}

	@Test
	void theOperationsWhoseExamplesSendTheAdminKeyAndNoOthersUseIt() {
		JsonNode spec = Generator.read(ROOT.resolve("spec/openai-openapi.json"));
		List<String> disagreements = new ArrayList<>();
		int admin = 0;
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode examples = method.getValue().path("x-oaiMeta").path("examples");
				if (!method.getValue().has("responses") || examples.isMissingNode()) {
					continue;
				}
				boolean sendsAdminKey = examples.toString().contains("OPENAI_ADMIN_KEY");
				Operation operation = new Operation(path.getKey(), method.getKey(), method.getValue(), null, null);
				admin += operation.usesAdminKey() ? 1 : 0;
				if (operation.usesAdminKey() != sendsAdminKey) {
					disagreements.add(method.getKey() + " " + path.getKey());
				}
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(admin).isEqualTo(81);
		assertThat(source("organization/OrganizationUsersService")).containsPattern(
				"ApiRequest\\.of\\(HttpMethod\\.GET, \"/organization/users\"\\)\\s*\\.operation\\(\"list-users\"\\)\\s*\\.adminKey\\(\\)");
		assertThat(source("models/ModelsService")).doesNotContain("adminKey()");
	}

	@Test
	void multipartBodiesAreWrittenPartByPartWithoutReflection() {
		assertThat(source("images/ImagesService")).contains(".multipart((form) -> writeParts(form, request))")
			.contains("private static void writeParts(MultipartForm form, CreateImageEditRequest request) {")
			.contains("if (request.image() instanceof CreateImageEditRequest.Image.FileValue variant) {")
			.contains("form.files(\"image\", variant.value());")
			.contains("form.file(\"mask\", request.mask());")
			.contains("form.field(\"response_format\", request.responseFormat());")
			.contains("form.fields(request.additionalProperties());");
		assertThat(services.values()).noneMatch((source) -> source.contains("form.fields(request)"));
	}

	@Test
	void everyPublicMethodDocumentsItsParametersAndWhatItReturns() {
		List<String> problems = new ArrayList<>();
		int methods = 0;
		for (Map.Entry<String, String> service : services.entrySet()) {
			String source = service.getValue();
			Matcher member = PUBLIC_MEMBER.matcher(source);
			int members = 0;
			while (member.find()) {
				members++;
			}
			Matcher method = DOCUMENTED.matcher(source);
			int documented = 0;
			while (method.find()) {
				documented++;
				String javadoc = method.group(1).replaceAll("\\n\\s*\\* ?", "\n");
				String where = service.getKey() + "." + method.group(3);
				boolean constructor = method.group(2).isBlank();
				if (!constructor && !javadoc.contains("\n@return ")) {
					problems.add(where + " has no @return");
				}
				for (String parameter : parameterNames(method.group(4))) {
					Matcher doc = Pattern.compile("\\n@param " + parameter + " (\\S[^\\n]*)").matcher(javadoc);
					if (!doc.find()) {
						problems.add(where + " has no @param " + parameter);
					}
					else if (doc.group(1).startsWith("the {@code " + parameter + "}")) {
						problems.add(where + " says of " + parameter + " only its name");
					}
				}
			}
			if (documented != members) {
				problems.add(service.getKey() + " has " + (members - documented) + " public members without Javadoc");
			}
			methods += documented;
		}
		assertThat(methods).isGreaterThan(900);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyCursorPagedListIsALazyFlux() {
		JsonNode spec = Generator.read(ROOT.resolve("spec/openai-openapi.json"));
		Schemas schemas = new Schemas(spec);
		OperationNames names = OperationNames.load();
		List<String> paged = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			JsonNode get = path.getValue().path("get");
			JsonNode schema = get.path("responses").path("200").path("content").path("application/json").path("schema");
			if (get.isMissingNode() || schema.isMissingNode()) {
				continue;
			}
			Map<String, JsonNode> properties = schemas.properties(schema);
			boolean cursor = false;
			for (JsonNode parameter : get.path("parameters")) {
				cursor |= List.of("after", "page").contains(parameter.path("name").asString());
			}
			if (cursor && properties.containsKey("has_more") && properties.containsKey("data")) {
				OperationNames.Entry entry = names.entry(get.path("operationId").asString());
				String service = source(serviceFile(entry));
				assertThat(service).as(entry.operationId())
					.containsPattern("public Flux<[\\w.]+> " + entry.method() + "\\(")
					.contains(" " + entry.method() + "Page(");
				paged.add(entry.operationId());
			}
		}
		assertThat(paged).contains("getChatCompletionMessages", "listFineTuningEvents", "usage-completions")
			.hasSize(57);
	}

	private static String serviceFile(OperationNames.Entry entry) {
		StringBuilder name = new StringBuilder();
		for (String accessor : entry.accessors()) {
			name.append(Character.toUpperCase(accessor.charAt(0))).append(accessor.substring(1));
		}
		return entry.accessors().get(0).toLowerCase(java.util.Locale.ROOT) + "/" + name + "Service";
	}

	private static List<String> parameterNames(String parameters) {
		List<String> names = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char c : (parameters + ",").toCharArray()) {
			depth += (c == '<') ? 1 : (c == '>') ? -1 : 0;
			if (c == ',' && depth == 0) {
				String parameter = current.toString().strip();
				if (!parameter.isEmpty()) {
					names.add(parameter.substring(parameter.lastIndexOf(' ') + 1));
				}
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		return names;
	}

	private static String source(String service) {
		String source = services.get(service);
		assertThat(source).as(service).isNotNull();
		return source;
	}

	/** The committed services, by path below the base package, without {@code .java}. */
	private static Map<String, String> services() {
		Map<String, String> services = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((file) -> file.getFileName().toString().endsWith("Service.java")).toList()) {
				String name = SOURCES.relativize(file).toString().replace('\\', '/');
				services.put(name.substring(0, name.length() - ".java".length()),
						Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return services;
	}

}
