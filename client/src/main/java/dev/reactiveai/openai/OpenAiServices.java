// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai;

import dev.reactiveai.openai.assistants.AssistantsService;
import dev.reactiveai.openai.audio.AudioService;
import dev.reactiveai.openai.batches.BatchesService;
import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.chatkit.ChatkitService;
import dev.reactiveai.openai.completions.CompletionsService;
import dev.reactiveai.openai.containers.ContainersService;
import dev.reactiveai.openai.conversations.ConversationsService;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.embeddings.EmbeddingsService;
import dev.reactiveai.openai.evals.EvalsService;
import dev.reactiveai.openai.files.FilesService;
import dev.reactiveai.openai.finetuning.FineTuningService;
import dev.reactiveai.openai.images.ImagesService;
import dev.reactiveai.openai.models.ModelsService;
import dev.reactiveai.openai.moderations.ModerationsService;
import dev.reactiveai.openai.organization.OrganizationService;
import dev.reactiveai.openai.projects.ProjectsService;
import dev.reactiveai.openai.realtime.RealtimeService;
import dev.reactiveai.openai.responses.ResponsesService;
import dev.reactiveai.openai.skills.SkillsService;
import dev.reactiveai.openai.threads.ThreadsService;
import dev.reactiveai.openai.uploads.UploadsService;
import dev.reactiveai.openai.vectorstores.VectorStoresService;
import dev.reactiveai.openai.videos.VideosService;

/**
 * Every service of the OpenAI API, one per resource group.
 */
public abstract class OpenAiServices {

	private final AssistantsService assistants;

	private final AudioService audio;

	private final BatchesService batches;

	private final ChatService chat;

	private final ChatkitService chatkit;

	private final CompletionsService completions;

	private final ContainersService containers;

	private final ConversationsService conversations;

	private final EmbeddingsService embeddings;

	private final EvalsService evals;

	private final FilesService files;

	private final FineTuningService fineTuning;

	private final ImagesService images;

	private final ModelsService models;

	private final ModerationsService moderations;

	private final OrganizationService organization;

	private final ProjectsService projects;

	private final RealtimeService realtime;

	private final ResponsesService responses;

	private final SkillsService skills;

	private final ThreadsService threads;

	private final UploadsService uploads;

	private final VectorStoresService vectorStores;

	private final VideosService videos;

	/**
	 * Create the services.
	 * @param transport the transport every service calls through
	 */
	protected OpenAiServices(OpenAiTransport transport) {
		this.assistants = new AssistantsService(transport);
		this.audio = new AudioService(transport);
		this.batches = new BatchesService(transport);
		this.chat = new ChatService(transport);
		this.chatkit = new ChatkitService(transport);
		this.completions = new CompletionsService(transport);
		this.containers = new ContainersService(transport);
		this.conversations = new ConversationsService(transport);
		this.embeddings = new EmbeddingsService(transport);
		this.evals = new EvalsService(transport);
		this.files = new FilesService(transport);
		this.fineTuning = new FineTuningService(transport);
		this.images = new ImagesService(transport);
		this.models = new ModelsService(transport);
		this.moderations = new ModerationsService(transport);
		this.organization = new OrganizationService(transport);
		this.projects = new ProjectsService(transport);
		this.realtime = new RealtimeService(transport);
		this.responses = new ResponsesService(transport);
		this.skills = new SkillsService(transport);
		this.threads = new ThreadsService(transport);
		this.uploads = new UploadsService(transport);
		this.vectorStores = new VectorStoresService(transport);
		this.videos = new VideosService(transport);
	}

	/**
	 * The {@code /assistants} operations.
	 * @return their service
	 */
	public AssistantsService assistants() {
		return this.assistants;
	}

	/**
	 * The {@code /audio} operations.
	 * @return their service
	 */
	public AudioService audio() {
		return this.audio;
	}

	/**
	 * The {@code /batches} operations.
	 * @return their service
	 */
	public BatchesService batches() {
		return this.batches;
	}

	/**
	 * The {@code /chat/completions} operations.
	 * @return their service
	 */
	public ChatService chat() {
		return this.chat;
	}

	/**
	 * The {@code /chatkit} operations.
	 * @return their service
	 */
	public ChatkitService chatkit() {
		return this.chatkit;
	}

	/**
	 * The {@code /completions} operations.
	 * @return their service
	 */
	public CompletionsService completions() {
		return this.completions;
	}

	/**
	 * The {@code /containers} operations.
	 * @return their service
	 */
	public ContainersService containers() {
		return this.containers;
	}

	/**
	 * The {@code /conversations} operations.
	 * @return their service
	 */
	public ConversationsService conversations() {
		return this.conversations;
	}

	/**
	 * The {@code /embeddings} operations.
	 * @return their service
	 */
	public EmbeddingsService embeddings() {
		return this.embeddings;
	}

	/**
	 * The {@code /evals} operations.
	 * @return their service
	 */
	public EvalsService evals() {
		return this.evals;
	}

	/**
	 * The {@code /files} operations.
	 * @return their service
	 */
	public FilesService files() {
		return this.files;
	}

	/**
	 * The {@code /fine_tuning} operations.
	 * @return their service
	 */
	public FineTuningService fineTuning() {
		return this.fineTuning;
	}

	/**
	 * The {@code /images} operations.
	 * @return their service
	 */
	public ImagesService images() {
		return this.images;
	}

	/**
	 * The {@code /models} operations.
	 * @return their service
	 */
	public ModelsService models() {
		return this.models;
	}

	/**
	 * The {@code /moderations} operations.
	 * @return their service
	 */
	public ModerationsService moderations() {
		return this.moderations;
	}

	/**
	 * The {@code /organization} operations.
	 * @return their service
	 */
	public OrganizationService organization() {
		return this.organization;
	}

	/**
	 * The {@code /projects} operations.
	 * @return their service
	 */
	public ProjectsService projects() {
		return this.projects;
	}

	/**
	 * The {@code /realtime} operations.
	 * @return their service
	 */
	public RealtimeService realtime() {
		return this.realtime;
	}

	/**
	 * The {@code /responses} operations.
	 * @return their service
	 */
	public ResponsesService responses() {
		return this.responses;
	}

	/**
	 * The {@code /skills} operations.
	 * @return their service
	 */
	public SkillsService skills() {
		return this.skills;
	}

	/**
	 * The {@code /threads} operations.
	 * @return their service
	 */
	public ThreadsService threads() {
		return this.threads;
	}

	/**
	 * The {@code /uploads} operations.
	 * @return their service
	 */
	public UploadsService uploads() {
		return this.uploads;
	}

	/**
	 * The {@code /vector_stores} operations.
	 * @return their service
	 */
	public VectorStoresService vectorStores() {
		return this.vectorStores;
	}

	/**
	 * The {@code /videos} operations.
	 * @return their service
	 */
	public VideosService videos() {
		return this.videos;
	}

}
