#!/usr/bin/env bash
# make-demo-audio.sh - regenerate Earmark's demo audio, transcripts and cover art.
#
# What it makes (from src/main/resources/dev/earmark/demo/meta-tech-podcast.json):
#   src/main/resources/dev/earmark/demo/audio/<slug>.opus  synthetic "episode" (Ogg Opus, mono, 12 kbit/s,
#                                                          DTX) exactly durationSeconds long
#   src/main/resources/dev/earmark/demo/audio/<slug>.vtt   WebVTT transcript, one cue per spoken sentence
#   src/main/resources/dev/earmark/demo/meta-tech-podcast.png  600x600 cover (skipped without ImageMagick)
#
# Each track starts with a conversation, tools/demo-content/conversations/<slug>.txt (one turn per line,
# "Speaker: sentence. sentence."): the host (always $HOST) and one guest, each with a festival voice of their own
# (male diphone voice kal, female HTS voice slt: natural enough for speech recognition, which the robotic espeak-ng
# voices defeat), every sentence a cue with a voice tag (<v Pascal>...</v>), 0.3 s between sentences, 0.6 s
# between turns.
# After it an announcer voice (espeak-ng, en-us) says each chapter title at its start time; silence in between.
# Chapters that start before the conversation is over (plus 0.5 s) are not announced: the conversation is the
# episode's opening and a title read over it would cut into a sentence. Chapters are parsed from the "Timestamps"
# paragraph of the episode description ("<p>Timestamps Intro 0:06 Will Bailey 1:14 ...</p>", an optional
# colon after "Timestamps" is allowed). Episodes without chapters get "Minute 5.", "Minute 10.", ... every
# five minutes. A chapter title is spoken faster (up to 260 wpm) if it would otherwise run into the next one
# (at least 0.5 s of silence is kept between announcements).
# Cues are timed to the measured start/end of the speech (leading/trailing silence trimmed with sox).
#
# Needs: bash, python3 (JSON + arithmetic), festival with two voices, espeak-ng, sox (sox/soxi),
#        opus-tools (opusenc/opusdec/opusinfo), and for the artwork ImageMagick + DejaVu fonts. On Debian:
#          apt-get install -y festival festvox-kallpc16k festvox-us-slt-hts espeak-ng sox opus-tools \
#            imagemagick fonts-dejavu-core
#        (/usr/local/bin/convert on the dev machines is a stand-in; the script uses /usr/bin/convert or magick.)
#
# Run from anywhere (takes ~20 minutes on a 2-core machine: festival, and opusenc at complexity 10):
#          bash tools/demo-content/make-demo-audio.sh [path/to/show.json]
#        Set DEMO_OUT=/some/dir to write the audio/ folder and the artwork there instead of into the resources.
#
# Idempotent: outputs are rebuilt in a temp dir and moved into place; festival, espeak-ng, sox and opusenc (with
# a fixed Ogg serial number per episode) are deterministic, so a rerun with the same tool versions gives the same
# bytes.
# .opus/.vtt files in the audio dir that the JSON no longer references are removed.
# The script fails (non-zero) if any track's decoded length differs from durationSeconds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEMO="$ROOT/src/main/resources/dev/earmark/demo"
CONVERSATIONS="$ROOT/tools/demo-content/conversations"
JSON=$(realpath "${1:-$DEMO/meta-tech-podcast.json}")
ART_DIR=${DEMO_OUT:-$DEMO}          # DEMO_OUT=/tmp/x: write everything there instead (for trying out a JSON)
OUT="$ART_DIR/audio"
RATE=16000          # Hz, mono; 16 samples per millisecond
BITRATE=12          # kbit/s (speech parts only; silence is nearly free thanks to DTX)
GAP_MS=500          # minimum silence between the end of one spoken line and the next one
HOST=Pascal         # the host of every conversation; any other speaker is the guest
HOST_VOICE=voice_kal_diphone              # festival, American male (festvox-kallpc16k)
GUEST_VOICE=voice_cmu_us_slt_arctic_hts   # festival, American female (festvox-us-slt-hts)
SENTENCE_PAUSE_MS=300
TURN_PAUSE_MS=600
ANNOUNCER_VOICE=en-us
SPEEDS=(175 190 205 220 240 260)

for tool in python3 text2wave espeak-ng sox soxi opusenc opusdec opusinfo; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool (see header)" >&2; exit 1; }
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# ---------------------------------------------------------------------------------------------------------
# 1. Plan: one file per episode listing every spoken line (start, latest allowed end, cue text, speech text).
# ---------------------------------------------------------------------------------------------------------
python3 - "$JSON" "$WORK" "$GAP_MS" "$CONVERSATIONS" "$HOST" "$SENTENCE_PAUSE_MS" "$TURN_PAUSE_MS" <<'PY'
import html, json, re, sys, zlib
src, work, gap, conversations, host = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
sentence_pause, turn_pause = int(sys.argv[6]), int(sys.argv[7])
data = json.load(open(src, encoding='utf-8'))
show = data['show']

def clean(s):  # no tabs/newlines inside TSV fields
    return re.sub(r'\s+', ' ', s).strip()

# Written names that the voices would mangle, as it should say them (the cue keeps the written form).
SAY = {'DotSlash': 'dot slash', 'PyTorch': 'pie torch', 'torch.compile': 'torch dot compile', 'LibCST': 'lib C S T',
       'CPython': 'C Python', 'µfmt': 'micro format', 'µsort': 'micro sort', 'Fixit': 'fix it', 'buck2': 'buck two',
       'GenAI': 'gen A I'}

def speakable(s):  # what the voices should read for a written text
    s = s.replace('\u2764\ufe0f', 'loves').replace('\u2764', 'loves')
    for written, said in SAY.items():
        s = re.sub(rf'(?<!\w){re.escape(written)}(?!\w)', said, s)
    return clean(s)

def chapters(desc):
    m = re.search(r'<p>\s*Timestamps:?\s+(.*?)</p>', desc, re.S)
    if not m:
        return []
    text = clean(html.unescape(re.sub(r'<[^>]+>', '', m.group(1))))
    out = []
    for title, t in re.findall(r'(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?)(?=\s|$)', text):
        secs = 0
        for part in t.split(':'):
            secs = secs * 60 + int(part)
        out.append((title.strip(), secs))
    rebuilt = ' '.join(f'{a} {b}' for a, b in re.findall(r'(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?)(?=\s|$)', text))
    assert clean(rebuilt) == text, f'unparsed text in Timestamps: {text!r}'
    times = [s for _, s in out]
    assert times == sorted(times) and len(set(times)) == len(times), f'chapter times not increasing: {out}'
    return out

def conversation(slug):  # [(pause before it in ms, speaker, sentence)]
    path = f'{conversations}/{slug}.txt'
    out = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r'([A-Z][A-Za-z]*): (\S.*)', line.strip())
        assert m, f'{path}:{n}: not "Speaker: sentences"'
        for k, sentence in enumerate(re.split(r'(?<=[.!?])\s+(?=\S)', clean(m.group(2)))):
            out.append((0 if not out else sentence_pause if k else turn_pause, m.group(1), sentence))
    speakers = {speaker for _, speaker, _ in out}
    assert out and out[0][1] == host and len(speakers) == 2, f'{path}: {host} opens, one guest answers'
    return out

with open(f'{work}/episodes.tsv', 'w', encoding='utf-8') as eps:
    for i, ep in enumerate(data['episodes']):
        slug, dur = ep['slug'], int(ep['durationSeconds'])
        assert re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', slug), slug
        assert ep['audio'] == slug + '.opus' and ep['transcript'] == slug + '.vtt', slug
        chs = chapters(ep['description'])
        if chs:
            assert chs[-1][1] < dur, f'{slug}: chapter after the end'
            marks = [(s * 1000, clean(t), speakable(t)) for t, s in chs]
        else:
            marks = [(m * 60000, f'Minute {m}.', f'Minute {m}.')
                     for m in range(5, dur // 60 + 1, 5) if m * 60 + 3 < dur]
        serial = zlib.crc32(slug.encode()) & 0x7fffffff
        eps.write('\t'.join([slug, str(dur), str(len(chs)), str(serial), clean(ep['title'])]) + '\n')
        # talk: start = pause after the previous sentence; mark: start = absolute time, limit = latest end
        with open(f'{work}/{slug}.plan', 'w', encoding='utf-8') as f:
            for pause, speaker, sentence in conversation(slug):
                f.write('\t'.join(['talk', str(pause), '-', speaker, sentence, speakable(sentence)]) + '\n')
            for j, (start, cue, speech) in enumerate(marks):
                limit = (marks[j + 1][0] if j + 1 < len(marks) else dur * 1000) - gap
                f.write('\t'.join(['mark', str(start), str(limit), '-', cue, speech]) + '\n')
with open(f'{work}/show.tsv', 'w', encoding='utf-8') as f:
    f.write('\t'.join([clean(show['title']), clean(show['author']), show['artwork']]) + '\n')
PY

IFS=$'\t' read -r SHOW_TITLE SHOW_AUTHOR ARTWORK <"$WORK/show.tsv"

# ---------------------------------------------------------------------------------------------------------
# 2. Audio + transcript per episode.
# ---------------------------------------------------------------------------------------------------------
ms_to_ts() { # 1234567 -> 00:20:34.567
  local ms=$1
  printf '%02d:%02d:%02d.%03d' $((ms / 3600000)) $((ms / 60000 % 60)) $((ms / 1000 % 60)) $((ms % 1000))
}
vtt_escape() { local s=${1//&/&amp;}; s=${s//</&lt;}; printf '%s' "${s//>/&gt;}"; }

# trim RAW.wav OUT.wav -> mono clip at $RATE without leading/trailing silence (-D: no random dither, so reruns
# give identical bytes)
trim() {
  sox -D "$1" -r "$RATE" -c 1 -b 16 "$2" silence 1 0.01 0.1% reverse silence 1 0.01 0.1% reverse
}
# say FESTIVAL_VOICE TEXT OUT.wav: a sentence of the conversation
say() {
  printf '%s\n' "$2" >"$WORK/line.txt"
  text2wave -eval "($1)" -o "$WORK/raw.wav" "$WORK/line.txt"
  trim "$WORK/raw.wav" "$3"
}
# announce TEXT SPEED OUT.wav: a chapter title in the announcer's voice
announce() {
  espeak-ng -v "$ANNOUNCER_VOICE" -s "$2" -w "$WORK/raw.wav" "$1"
  trim "$WORK/raw.wav" "$3"
}

declare -a REPORT=()
KEEP=" "
while IFS=$'\t' read -r -u 4 SLUG DUR NCHAP SERIAL TITLE; do
  echo "== $SLUG (${DUR}s, $NCHAP chapters)" >&2
  EW="$WORK/$SLUG"; mkdir -p "$EW"
  TOTAL=$((DUR * RATE))
  CURSOR=0; IDX=0; TALK_END=0
  VTT="$EW/out.vtt"
  printf 'WEBVTT\n' >"$VTT"
  while IFS=$'\t' read -r -u 3 KIND START_MS LIMIT_MS SPEAKER CUE SPEECH; do
    CLIP="$EW/clip.wav"
    if [[ "$KIND" == talk ]]; then
      START=$((CURSOR + START_MS * RATE / 1000))
      VOICE=$GUEST_VOICE; [[ "$SPEAKER" == "$HOST" ]] && VOICE=$HOST_VOICE
      say "$VOICE" "$SPEECH" "$CLIP"
      N=$(soxi -s "$CLIP"); FIT="$SPEAKER"
      TEXT="<v $SPEAKER>$(vtt_escape "$CUE")</v>"
      TALK_END=$((START + N))
    else
      START=$((START_MS * RATE / 1000)); LIMIT=$((LIMIT_MS * RATE / 1000)); FIT=""
      if ((START < TALK_END + GAP_MS * RATE / 1000)); then
        echo "   $(ms_to_ts "$START_MS")  [not announced, inside the conversation] $CUE" >&2
        continue
      fi
      for SPEED in "${SPEEDS[@]}"; do
        announce "$SPEECH" "$SPEED" "$CLIP"
        N=$(soxi -s "$CLIP")
        if ((START + N <= LIMIT)); then FIT="$SPEED wpm"; break; fi
      done
      [[ -n "$FIT" ]] || { echo "$SLUG: line '$CUE' does not fit before the next one" >&2; exit 1; }
      TEXT=$(vtt_escape "$CUE")
    fi
    ((START >= CURSOR)) || { echo "$SLUG: overlap at '$CUE'" >&2; exit 1; }
    IDX=$((IDX + 1))
    SEG=$(printf '%s/seg-%03d.wav' "$EW" "$IDX")
    sox "$CLIP" "$SEG" pad "$((START - CURSOR))s"
    CURSOR=$((START + N))
    FROM_MS=$((START * 1000 / RATE)); END_MS=$(((CURSOR * 1000 + RATE - 1) / RATE))
    printf '\n%d\n%s --> %s\n%s\n' "$IDX" "$(ms_to_ts "$FROM_MS")" "$(ms_to_ts "$END_MS")" "$TEXT" >>"$VTT"
    echo "   $(ms_to_ts "$FROM_MS") - $(ms_to_ts "$END_MS")  [$FIT] $CUE" >&2
  done 3<"$WORK/$SLUG.plan"

  sox "$EW"/seg-*.wav "$EW/full.wav" pad 0 "$((TOTAL - CURSOR))s"
  [[ $(soxi -s "$EW/full.wav") -eq $TOTAL ]] || { echo "$SLUG: wav length mismatch" >&2; exit 1; }

  opusenc --quiet --bitrate "$BITRATE" --framesize 60 --set-ctl-int 4016=1 --serial "$SERIAL" \
    --title "$TITLE" --artist "$SHOW_AUTHOR" --album "$SHOW_TITLE" "$EW/full.wav" "$EW/out.opus"

  # Verify the real length: decode and count samples; also read opusinfo's playback length.
  opusdec --quiet --rate "$RATE" "$EW/out.opus" "$EW/check.wav" 2>/dev/null
  DECODED=$(soxi -s "$EW/check.wav")
  [[ $DECODED -eq $TOTAL ]] || { echo "$SLUG: decoded $DECODED samples, expected $TOTAL" >&2; exit 1; }
  PLAY=$(opusinfo "$EW/out.opus" | sed -n 's/.*Playback length: *//p')

  mv -f "$EW/out.opus" "$OUT/$SLUG.opus"
  mv -f "$VTT" "$OUT/$SLUG.vtt"
  KEEP+="$SLUG.opus $SLUG.vtt "
  REPORT+=("$(printf '%-50s %6s %12s %14s %7s %5s %4s %6s' "$SLUG" "$DUR" \
    "$(awk -v s="$DECODED" -v r="$RATE" 'BEGIN{printf "%.3f", s/r}')" "$PLAY" \
    "$(awk -v b="$(stat -c %s "$OUT/$SLUG.opus")" 'BEGIN{printf "%.1f", b/1024}')" "$IDX" "$NCHAP" \
    "$(awk -v s="$TALK_END" -v r="$RATE" 'BEGIN{printf "%.1f", s/r}')")")
  rm -rf "$EW"
done 4<"$WORK/episodes.tsv"

# Remove tracks/transcripts that the JSON no longer mentions.
for f in "$OUT"/*.opus "$OUT"/*.vtt; do
  [[ -e "$f" ]] || continue
  [[ "$KEEP" == *" $(basename "$f") "* ]] || { echo "removing stale $(basename "$f")" >&2; rm -f "$f"; }
done

# ---------------------------------------------------------------------------------------------------------
# 3. Cover art (600x600 PNG, deterministic: no timestamps in the file).
# ---------------------------------------------------------------------------------------------------------
IM=""
if command -v magick >/dev/null; then IM=magick
elif [[ -x /usr/bin/convert ]] && /usr/bin/convert -version 2>/dev/null | grep -q ImageMagick; then IM=/usr/bin/convert
fi
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FONT_REG=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [[ -n "$IM" && -f "$FONT" && -f "$FONT_REG" ]]; then
  BARS=()
  i=0
  for h in 40 90 150 210 120 260 180 300 220 140 250 100 190 70 130 50; do   # a little "sound wave"
    x=$((108 + i * 24)); BARS+=(-draw "roundrectangle $x,$((330 - h / 2)) $((x + 12)),$((330 + h / 2)) 6,6"); i=$((i + 1))
  done
  "$IM" -size 600x600 -define gradient:angle=135 gradient:'#0a2a6b-#0668e1' \
    -fill 'rgba(255,255,255,0.10)' -draw 'circle 300,330 300,80' \
    -fill 'rgba(255,255,255,0.08)' -draw 'circle 300,330 300,140' \
    -fill white "${BARS[@]}" \
    -font "$FONT" -pointsize 54 -gravity north -annotate +0+52 'META TECH' \
    -font "$FONT_REG" -pointsize 40 -gravity south -annotate +0+58 'P O D C A S T' \
    -strip -define png:exclude-chunks=date,time -dither None -colors 255 "PNG8:$WORK/cover.png"
  mv -f "$WORK/cover.png" "$ART_DIR/$ARTWORK"
  ART_KB=$(awk -v b="$(stat -c %s "$ART_DIR/$ARTWORK")" 'BEGIN{printf "%.1f", b/1024}')
  echo "artwork: $ART_DIR/$ARTWORK (${ART_KB} KB)" >&2
else
  echo "ImageMagick (/usr/bin/convert or magick) or DejaVu fonts missing: artwork not regenerated" >&2
fi

# ---------------------------------------------------------------------------------------------------------
printf '\n%-50s %6s %12s %14s %7s %5s %4s %6s\n' slug durSec decoded_s opusinfo_len size_KB cues chap talk_s
printf '%s\n' "${REPORT[@]}"
