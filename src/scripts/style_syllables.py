#!/usr/bin/env python3
"""Compares GNU style's syllable counts with the CMU dictionary's on the words of a tokens.csv.

Usage (from the project root, GNU style installed: apt-get install diction):
    src/scripts/style_syllables.py output/tokens.csv

For each word token (a token with a letter or digit) it asks style for the word's syllables by
analysing "The w w ... w ." (20 copies; style needs a capital to start a sentence) and undoing
the average; it prints style's total over the tokens and the CMU words where the two differ.
Measurement only: nothing in newsnlp depends on it.
"""
import csv, subprocess, re, collections, gzip, sys
rows=list(csv.DictReader(open(sys.argv[1])))
words=[r['token'] for r in rows if re.search(r'\w', r['token'])]
cache={}
def style_syl(w):
    if w not in cache:
        text='The '+' '.join([w]*20)+' .\n'
        out=subprocess.run(['style'],input=text,capture_output=True,text=True).stdout
        m=re.search(r'(\d+) words, average length [\d.]+ characters = ([\d.]+) syllables',out)
        cache[w]=round((float(m.group(2))*int(m.group(1))-1)/20) if m else None
    return cache[w]
cmu={}; n=None
for line in gzip.open('src/main/resources/org/newsnlp/stats/cmudict-syllables.txt.gz','rt'):
    line=line.rstrip('\n')
    if line.startswith('#'): continue
    if line.startswith('='): n=int(line[1:]); continue
    cmu[line]=n
tot_style=sum(style_syl(w) or 0 for w in words)
print('word tokens', len(words), 'style syllables on them', tot_style, 'unmeasured', sum(1 for w in words if style_syl(w) is None))
diff=collections.Counter(); lower=0; higher=0
for w in words:
    k=w.lower().replace('\u2019',"'")
    s=style_syl(w)
    if k in cmu and s is not None and s!=cmu[k]:
        diff[(w,cmu[k],s)]+=1
        if s<cmu[k]: lower+=cmu[k]-s
        else: higher+=s-cmu[k]
print(sum(diff.values()),'CMU word tokens where style differs; style lower by',lower,'higher by',higher)
for (w,c,s),n in diff.most_common(20): print(f'  {w}: CMU {c}, style {s} (x{n})')
