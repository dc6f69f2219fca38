export { buildRawRelease, releaseId, sha256Hex, sniffContentType, type RawReleaseInput } from './raw-release.js';
export { decodeText } from './decode.js';
export { listReleaseFiles, readFolderDocument, folderSourceName, type FolderDocument } from './folder-source.js';
export { fetchFolder, type FetchRunStats, type FolderFetchOptions } from './folder-fetcher.js';
