"""Runs Python extractors on benchmark pages for bench:extraction (tests/bench/peers/python-peer.ts).

    python extract.py INPUT.json OUTPUT.json --systems trafilatura,rs-trafilatura --runs N

INPUT is a list of {"id", "url", "path"} (gzipped HTML). OUTPUT holds, per system, its version,
the text of each page (first run), each page's wall-clock time (first run) and every run's total
wall-clock and CPU time. Reading and decompressing a page is outside the timed part.
"""
import argparse
import gzip
import importlib.metadata
import json
import sys
import time


def trafilatura_extractor():
    import trafilatura

    # Defaults (comments and tables included), as the published comparisons run it.
    return lambda html, url: trafilatura.extract(html, url=url) or ''


def rs_trafilatura_extractor():
    import rs_trafilatura

    return lambda html, url: rs_trafilatura.extract(html, url=url).main_content or ''


SYSTEMS = {
    'trafilatura': ('trafilatura', trafilatura_extractor),
    'rs-trafilatura': ('rs-trafilatura', rs_trafilatura_extractor),
}


def read_page(path):
    # Bytes not valid UTF-8 become U+FFFD, as Node's Buffer.toString('utf8') does for our extractor.
    with gzip.open(path, 'rb') as f:
        return f.read().decode('utf-8', errors='replace')


def run_system(name, pages, runs):
    dist, factory = SYSTEMS[name]
    extract = factory()
    result = {'version': importlib.metadata.version(dist), 'texts': {}, 'pageMs': [], 'errors': 0, 'runs': []}
    for run in range(runs):
        wall = 0.0
        cpu = 0.0
        for i, page in enumerate(pages):
            html = read_page(page['path'])
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                text = extract(html, page['url'])
            except Exception as error:  # one page's failure must not end the run
                text = ''
                if run == 0:
                    result['errors'] += 1
                    print(f'\n{name}: {page["id"]}: {error}', file=sys.stderr)
            w, c = time.perf_counter() - w0, time.process_time() - c0
            wall += w
            cpu += c
            if run == 0:
                result['texts'][page['id']] = text
                result['pageMs'].append(w * 1000)
            if (i + 1) % 50 == 0 or i + 1 == len(pages):
                print(f'\r{name} {result["version"]} run {run + 1}/{runs}: {i + 1}/{len(pages)}', end='', file=sys.stderr)
        print(file=sys.stderr)
        result['runs'].append({'wallMs': wall * 1000, 'cpuMs': cpu * 1000})
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('input')
    parser.add_argument('output')
    parser.add_argument('--systems', default=','.join(SYSTEMS))
    parser.add_argument('--runs', type=int, default=1)
    args = parser.parse_args()
    with open(args.input, encoding='utf-8') as f:
        pages = json.load(f)
    out = {}
    for name in args.systems.split(','):
        if name not in SYSTEMS:
            sys.exit(f'unknown system {name}; known: {", ".join(SYSTEMS)}')
        out[name] = run_system(name, pages, args.runs)
    with open(args.output, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
