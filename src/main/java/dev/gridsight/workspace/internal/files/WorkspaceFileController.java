package dev.gridsight.workspace.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@RestController
@RequestMapping("/api/workspaces/{workspaceId}/files")
class WorkspaceFileController {

	private final CurrentUser currentUser;

	private final WorkspaceFileService files;

	WorkspaceFileController(CurrentUser currentUser, WorkspaceFileService files) {
		this.currentUser = currentUser;
		this.files = files;
	}

	record FileView(UUID id, String name, String mediaType, long size, String kind, int chunks, Integer pages,
			String status, OffsetDateTime createdAt, UUID createdBy, String createdByName) {

		static FileView of(StoredFile file) {
			return new FileView(file.id(), file.name(), file.mediaType(), file.size(), file.kind(), file.chunks(),
					file.pages(), file.status(), file.createdAt(), file.createdBy(), file.createdByName());
		}

	}

	record RenameBody(@NotBlank @Size(max = 200) String name) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	FileView upload(@PathVariable UUID workspaceId, @RequestParam("file") MultipartFile file) {
		if (file.isEmpty()) {
			throw new InvalidInput("The uploaded file is empty.");
		}
		return FileView.of(files.upload(currentUser.get(), workspaceId, file.getOriginalFilename(), file.getSize(),
				() -> bytes(file)));
	}

	@GetMapping
	PageResult<FileView> list(@PathVariable UUID workspaceId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return files.list(currentUser.get(), workspaceId, PageQuery.of(page, size)).map(FileView::of);
	}

	@GetMapping("/{fileId}")
	FileView get(@PathVariable UUID workspaceId, @PathVariable UUID fileId) {
		return FileView.of(files.get(currentUser.get(), workspaceId, fileId));
	}

	@PatchMapping("/{fileId}")
	FileView rename(@PathVariable UUID workspaceId, @PathVariable UUID fileId, @Valid @RequestBody RenameBody body) {
		return FileView.of(files.rename(currentUser.get(), workspaceId, fileId, body.name()));
	}

	@DeleteMapping("/{fileId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID workspaceId, @PathVariable UUID fileId) {
		files.delete(currentUser.get(), workspaceId, fileId);
	}

	/**
	 * The original bytes, always as an attachment with its checked type and
	 * {@code nosniff}, in a sandbox: an uploaded file never runs in Gridsight's origin.
	 */
	@GetMapping("/{fileId}/content")
	ResponseEntity<byte[]> content(@PathVariable UUID workspaceId, @PathVariable UUID fileId) {
		WorkspaceFileService.Download download = files.download(currentUser.get(), workspaceId, fileId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, download.file().contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.file().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(download.bytes());
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
