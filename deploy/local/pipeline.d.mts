export interface InfraOptions {
  name: string;
  kafkaPort: number;
  opensearchPort: number;
  pgPort?: number;
}
export interface InfraEndpoints {
  kafkaBrokers: string;
  opensearchUrl: string;
  databaseUrl: string | undefined;
}
export interface ServicesOptions {
  kafkaBrokers: string;
  opensearchUrl: string;
  folder: string;
  dataDir: string;
  logDir: string;
  basePort: number;
  extraEnv?: Record<string, string>;
  /** The services to start (default: all four). */
  only?: readonly string[];
  perServiceEnv?: (service: string) => Record<string, string>;
}
export interface RunningServices {
  services: { service: string; port: number; url: string; pid: number }[];
  stop(): Promise<void>;
}
export interface ExpectedRelease {
  id: string;
  contentHash: string;
  location?: string;
}
export interface LagExporterOptions {
  kafkaBrokers: string;
  port: number;
  logDir: string;
}
export interface RunningLagExporter {
  url: string;
  port: number;
  stop(): Promise<void>;
}
export interface PrometheusOptions {
  /** The instance (INFRA_NAME) whose run folder holds Prometheus' data. */
  name: string;
  port: number;
  /** Prometheus duration, e.g. "1s" (default 15s). */
  scrapeInterval?: string;
  targets?: { job: string; address: string }[];
  /** Where the extracted rule file is written. */
  dataDir?: string;
}
export declare const SERVICES: string[];
export declare function startLagExporter(options: LagExporterOptions): Promise<RunningLagExporter>;
export declare function startPrometheus(
  options: PrometheusOptions & { dataDir: string; targets: { job: string; address: string }[] },
): Promise<{ url: string }>;
export declare function stopPrometheus(options: PrometheusOptions): Promise<void>;
export declare function startInfra(infra: InfraOptions): Promise<InfraEndpoints>;
export declare function stopInfra(infra: InfraOptions): Promise<void>;
/** The Node flags every service runs with: NODE_OPTIONS of the presswatch-common ConfigMap (deploy/k8s/base/config). */
export declare function serviceNodeOptions(): string;
export declare function startServices(options: ServicesOptions): Promise<RunningServices>;
export declare function refreshNow(opensearchUrl: string): Promise<boolean>;
export declare function waitForIndexed(
  opensearchUrl: string,
  expected: ExpectedRelease[],
  options?: { timeoutMs?: number; onProgress?: (indexed: number, total: number) => void },
): Promise<void>;
