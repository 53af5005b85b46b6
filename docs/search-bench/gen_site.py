# Generates an N-page Dutch-ish site for search measurements: words drawn (Zipf-like) from the real input/ pages.
import os, random, re, sys, glob
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(42)
text = ' '.join(open(f, encoding='utf-8').read() for f in glob.glob('input/**/*.md', recursive=True))
vocab = {}
for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", text):
    vocab[w.lower()] = vocab.get(w.lower(), 0) + 1
words = sorted(vocab, key=lambda w: -vocab[w])
weights = [1 / (i + 1) for i in range(len(words))]
def sentence(k): 
    s = [w if random.random() > 0.08 else w + random.choice(words) for w in random.choices(words, weights, k=k)]; return s[0].capitalize() + ' ' + ' '.join(s[1:]) + '.'
os.makedirs(out, exist_ok=True)
open(f'{out}/_site.yml', 'w').write('title: Meetsite\ndescription: Gegenereerd.\nlanguage: nl\nbase_url: https://example.org\n')
open(f'{out}/index.md', 'w').write('---\ntitle: Start\n---\nWelkom.\n')
for i in range(n - 1):
    folder = f'{out}/deel-{i // 50:03d}'
    os.makedirs(folder, exist_ok=True)
    body = [sentence(15)]
    for h in range(5):
        body.append(f'## {sentence(4)[:-1]}')
        body += [sentence(random.randint(12, 25)) + ' ' + sentence(random.randint(12, 25)) for _ in range(2)]
    title = sentence(4)[:-1].replace(':', '')
    open(f'{folder}/pagina-{i:05d}.md', 'w').write(f'---\ntitle: "{title}"\n---\n' + '\n\n'.join(body) + '\n')
