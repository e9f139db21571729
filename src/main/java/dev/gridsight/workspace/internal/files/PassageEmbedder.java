package dev.gridsight.workspace.internal.files;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.gridsight.platform.TextEmbeddings;
import dev.gridsight.platform.TooManyRequests;

/**
 * Embeds the passages of uploaded files in the background, on a few low-priority threads
 * (MiniLM takes tens of milliseconds a passage: a 100-page PDF takes 10 to 30 seconds). A
 * file is {@code processing} until its passages are stored, then {@code ready}, or
 * {@code failed: reason}. At most {@code threads + queue} files wait or run: a further
 * upload is refused with 429 before anything is stored.
 */
@Component
class PassageEmbedder {

	private static final Logger log = LoggerFactory.getLogger(PassageEmbedder.class);

	static final String PROCESSING = "processing";

	static final String READY = "ready";

	private static final int BATCH = 32;

	private final TextEmbeddings embeddings;

	private final FileRepository files;

	private final TransactionTemplate transaction;

	private final Semaphore capacity;

	private final ExecutorService executor;

	PassageEmbedder(TextEmbeddings embeddings, FileRepository files, TransactionTemplate transaction,
			FilesSettings settings) {
		this.embeddings = embeddings;
		this.files = files;
		this.transaction = transaction;
		int threads = settings.concurrentUploads();
		this.capacity = new Semaphore(threads + settings.queuedUploads());
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, "file-embedding-" + count.incrementAndGet());
					thread.setDaemon(true);
					thread.setPriority(Thread.MIN_PRIORITY);
					return thread;
				});
	}

	/** A place in the queue, taken before the file is stored. */
	final class Slot {

		private boolean used;

		/** Embeds the passages and marks the file ready (or failed). */
		void start(UUID fileId, List<FileRepository.NewPassage> passages) {
			used = true;
			executor.execute(() -> {
				try {
					embed(fileId, passages);
				}
				finally {
					capacity.release();
				}
			});
		}

		/** Gives the place back when the file was not stored after all. */
		void cancel() {
			if (!used) {
				used = true;
				capacity.release();
			}
		}

	}

	Slot reserve() {
		if (!capacity.tryAcquire()) {
			throw new TooManyRequests("Too many files are being read right now; try again in a minute.",
					Duration.ofSeconds(30));
		}
		return new Slot();
	}

	/** The passages, here without their embedding, get one and are stored. */
	private void embed(UUID fileId, List<FileRepository.NewPassage> passages) {
		try {
			List<FileRepository.NewPassage> embedded = new ArrayList<>(passages.size());
			for (int from = 0; from < passages.size(); from += BATCH) {
				List<FileRepository.NewPassage> batch = passages.subList(from, Math.min(passages.size(), from + BATCH));
				List<float[]> vectors = embeddings
					.embedAll(batch.stream().map(FileRepository.NewPassage::text).toList());
				for (int i = 0; i < batch.size(); i++) {
					FileRepository.NewPassage passage = batch.get(i);
					embedded.add(new FileRepository.NewPassage(passage.index(), passage.page(), passage.text(),
							vectors.get(i)));
				}
			}
			transaction.executeWithoutResult((status) -> {
				// a file deleted meanwhile is left alone
				if (files.markReady(fileId, embedded.size())) {
					files.insertPassages(fileId, embedded);
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not embed the passages of workspace file {}", fileId, ex);
			files.markFailed(fileId, "failed: its text could not be indexed (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/** Files left processing by a stopped server are marked failed: upload them again. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int interrupted = files.failProcessing("failed: the server stopped while reading it; upload it again");
		if (interrupted > 0) {
			log.info("{} workspace file(s) were being read when the server stopped; marked failed", interrupted);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
