package dev.gridsight.workspace.internal.files;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.ContentTooLarge;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.platform.ProblemException;
import dev.gridsight.platform.TextEmbeddings;
import dev.gridsight.platform.TooManyRequests;
import dev.gridsight.platform.Unprocessable;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceFiles;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Workspace files: upload (type checked from the bytes, text extracted, cut into passages
 * and embedded before anything is stored, so a file is either ready or absent), list,
 * rename, delete, download; and, for the chat, retrieval of the passages most similar to
 * a question. Editors upload, rename and delete; viewers read.
 */
@Service
class WorkspaceFileService implements WorkspaceFiles {

	static final String NOT_FOUND = "No such file in this workspace.";

	private final FileRepository files;

	private final FileStore store;

	private final WorkspaceAccess access;

	private final TextEmbeddings embeddings;

	private final FilesSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Semaphore reading;

	private final PassageEmbedder embedder;

	WorkspaceFileService(FileRepository files, FileStore store, WorkspaceAccess access, TextEmbeddings embeddings,
			FilesSettings settings, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
			PassageEmbedder embedder) {
		this.embedder = embedder;
		this.files = files;
		this.store = store;
		this.access = access;
		this.embeddings = embeddings;
		this.settings = settings;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.reading = new Semaphore(settings.concurrentUploads(), true);
	}

	StoredFile upload(UserAccount user, UUID workspaceId, String originalName, long declaredSize, BytesSource bytes) {
		access.require(workspaceId, user.id(), WorkspaceRole.EDITOR);
		String name = name(originalName);
		checkSize(name, declaredSize);
		byte[] content = bytes.read();
		checkSize(name, content.length);
		if (content.length == 0) {
			throw new InvalidInput("'" + name + "' is empty.");
		}
		FileType type = FileType.detect(name, content);
		List<FileRepository.NewPassage> passages;
		Integer pages;
		acquire();
		try {
			List<PageText> texts = texts(name, type, content);
			pages = "pdf".equals(type.kind()) ? texts.size() : null;
			passages = passages(name, texts);
		}
		finally {
			reading.release();
		}
		PassageEmbedder.Slot slot = passages.isEmpty() ? null : embedder.reserve();
		StoredFile file = new StoredFile(UUID.randomUUID(), workspaceId, name, type.mediaType(),
				type.charset() == null ? null : type.charset().name(), type.kind(), content.length, passages.size(),
				pages, slot == null ? PassageEmbedder.READY : PassageEmbedder.PROCESSING, now(), user.id(),
				user.displayName());
		try {
			store.write(workspaceId, file.id(), content);
			transaction.executeWithoutResult((status) -> {
				files.insert(file);
				audit(user, "file_uploaded", file.id(),
						name + " (" + file.kind() + ", " + content.length + " bytes) in workspace " + workspaceId);
			});
		}
		catch (RuntimeException ex) {
			if (slot != null) {
				slot.cancel();
			}
			store.delete(workspaceId, file.id());
			throw ex;
		}
		if (slot != null) {
			slot.start(file.id(), passages);
		}
		return file;
	}

	/** The bytes of an upload, read only once its declared size passed the limit. */
	interface BytesSource {

		byte[] read();

	}

	PageResult<StoredFile> list(UserAccount user, UUID workspaceId, PageQuery page) {
		access.require(workspaceId, user.id(), WorkspaceRole.VIEWER);
		return new PageResult<>(files.page(workspaceId, page), page.page(), page.size(), files.count(workspaceId));
	}

	StoredFile get(UserAccount user, UUID workspaceId, UUID fileId) {
		access.require(workspaceId, user.id(), WorkspaceRole.VIEWER);
		return files.find(workspaceId, fileId).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	record Download(StoredFile file, byte[] bytes) {
	}

	Download download(UserAccount user, UUID workspaceId, UUID fileId) {
		StoredFile file = get(user, workspaceId, fileId);
		byte[] bytes = store.read(workspaceId, file.id())
			.orElseThrow(() -> new NotFound("The bytes of '" + file.name() + "' are missing from the server's disk."));
		return new Download(file, bytes);
	}

	StoredFile rename(UserAccount user, UUID workspaceId, UUID fileId, String newName) {
		access.require(workspaceId, user.id(), WorkspaceRole.EDITOR);
		String name = name(newName);
		return transaction.execute((status) -> {
			StoredFile file = files.find(workspaceId, fileId).orElseThrow(() -> new NotFound(NOT_FOUND));
			files.rename(workspaceId, fileId, name);
			audit(user, "file_renamed", fileId, file.name() + " -> " + name);
			return file.withName(name);
		});
	}

	void delete(UserAccount user, UUID workspaceId, UUID fileId) {
		access.require(workspaceId, user.id(), WorkspaceRole.EDITOR);
		StoredFile deleted = transaction.execute((status) -> {
			StoredFile file = files.find(workspaceId, fileId).orElseThrow(() -> new NotFound(NOT_FOUND));
			files.delete(workspaceId, fileId);
			audit(user, "file_deleted", fileId, file.name() + " in workspace " + workspaceId);
			return file;
		});
		store.delete(workspaceId, deleted.id());
	}

	@Override
	public void checkReadable(UUID userId, UUID workspaceId, Collection<UUID> fileIds) {
		access.require(workspaceId, userId, WorkspaceRole.VIEWER);
		Set<UUID> existing = files.existing(workspaceId, fileIds);
		for (UUID id : fileIds) {
			if (id == null || !existing.contains(id)) {
				throw new NotFound("There is no file " + id + " in this workspace.");
			}
		}
	}

	@Override
	public List<FileChunk> relevant(UUID userId, UUID workspaceId, Collection<UUID> fileIds, String query, int limit) {
		if (fileIds == null || fileIds.isEmpty() || query == null || query.isBlank() || limit <= 0
				|| !readable(userId, workspaceId)) {
			return List.of();
		}
		List<FileRepository.Passage> passages = files.passages(workspaceId, new LinkedHashSet<>(fileIds));
		if (passages.isEmpty()) {
			return List.of();
		}
		return ranked(embeddings.embed(query), passages, settings.minScore(), limit);
	}

	/**
	 * The passages at least {@code minScore} similar to the question, best first (ties:
	 * in file order).
	 */
	static List<FileChunk> ranked(float[] question, List<FileRepository.Passage> passages, double minScore, int limit) {
		List<FileChunk> scored = new ArrayList<>();
		for (FileRepository.Passage passage : passages) {
			double score = TextEmbeddings.cosine(question, passage.embedding());
			if (score >= minScore) {
				scored.add(new FileChunk(passage.fileId(), passage.fileName(), passage.index(), passage.text(), score,
						passage.page()));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(FileChunk::score).reversed().thenComparing(FileChunk::index))
			.limit(limit)
			.toList();
	}

	@Override
	public List<FileImage> images(UUID userId, UUID workspaceId, Collection<UUID> fileIds) {
		if (fileIds == null || fileIds.isEmpty() || !readable(userId, workspaceId)) {
			return List.of();
		}
		List<FileImage> images = new ArrayList<>();
		for (UUID id : new LinkedHashSet<>(fileIds)) {
			files.find(workspaceId, id)
				.filter((file) -> "image".equals(file.kind()))
				.ifPresent((file) -> store.read(workspaceId, file.id())
					.ifPresent((bytes) -> images.add(new FileImage(file.id(), file.name(), file.mediaType(), bytes))));
		}
		return images;
	}

	private boolean readable(UUID userId, UUID workspaceId) {
		try {
			access.require(workspaceId, userId, WorkspaceRole.VIEWER);
			return true;
		}
		catch (ProblemException ex) {
			// a member removed since the session named the files: nothing to quote
			return false;
		}
	}

	/** A page of text (page null for text files). */
	record PageText(Integer page, String text) {
	}

	private List<PageText> texts(String name, FileType type, byte[] content) {
		if ("pdf".equals(type.kind())) {
			List<String> pages = PdfText.pages(name, content, settings.maxPages());
			List<PageText> texts = new ArrayList<>(pages.size());
			for (int i = 0; i < pages.size(); i++) {
				texts.add(new PageText(i + 1, pages.get(i)));
			}
			return texts;
		}
		if ("text".equals(type.kind())) {
			return List.of(new PageText(null, type.text(content)));
		}
		return List.of();
	}

	private List<FileRepository.NewPassage> passages(String name, List<PageText> texts) {
		TextChunker chunker = new TextChunker(settings.chunkSize(), settings.chunkOverlap());
		List<PageText> cut = new ArrayList<>();
		for (PageText text : texts) {
			for (String chunk : chunker.cut(text.text())) {
				cut.add(new PageText(text.page(), chunk));
				if (cut.size() > settings.maxChunks()) {
					throw new Unprocessable("'" + name + "' has more text than a workspace file may hold: more than "
							+ settings.maxChunks() + " passages of about " + settings.chunkSize()
							+ " characters (setting gridsight.files.max-chunks). Nothing was stored.");
				}
			}
		}
		List<FileRepository.NewPassage> passages = new ArrayList<>(cut.size());
		for (int i = 0; i < cut.size(); i++) {
			passages.add(new FileRepository.NewPassage(i, cut.get(i).page(), cut.get(i).text(), null));
		}
		return passages;
	}

	private void acquire() {
		try {
			if (!reading.tryAcquire(60, TimeUnit.SECONDS)) {
				throw new TooManyRequests("Other files are being read; try again in a minute.", Duration.ofSeconds(30));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TooManyRequests("The upload was interrupted; try again.", Duration.ofSeconds(5));
		}
	}

	private void checkSize(String name, long size) {
		long limit = settings.maxSize().toBytes();
		if (size > limit) {
			throw new ContentTooLarge("'" + name + "' is larger than the limit for workspace files, " + megabytes(limit)
					+ " (setting gridsight.files.max-size). Nothing was stored.");
		}
	}

	static String megabytes(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

	/** A file's name as shown: no directories, no control characters, 1 to 200 chars. */
	static String name(String raw) {
		if (raw == null) {
			throw new InvalidInput("A file needs a name.");
		}
		String name = raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			throw new InvalidInput("A file needs a name.");
		}
		if (name.length() > 200) {
			throw new InvalidInput("A file's name is at most 200 characters.");
		}
		return name;
	}

	private void audit(UserAccount actor, String action, UUID fileId, String detail) {
		events.publishEvent(AuditEvent.of(actor.id(), actor.email(), action, "workspace_file", fileId, detail));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
