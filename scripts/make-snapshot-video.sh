#!/bin/sh
# The snapshot tests' talk video (support/fixtures/youtube/slides-1080p.webm): 10 s of 1920x1080 frames, each
# second one solid colour (second n: red 25n, green 255 - 25n, blue 60 + 13n), VP8 (Chromium and Firefox both
# play it). Solid colours keep the file small and make a frame's pixels known after lossy coding.
# Usage: sh scripts/make-snapshot-video.sh   (needs ffmpeg: apt-get install ffmpeg)
set -e
ffmpeg -y -loglevel error -f lavfi -i "nullsrc=s=1920x1080:r=5:d=10,format=yuv444p" \
  -vf "geq=r='25*floor(T)':g='255-25*floor(T)':b='60+13*floor(T)',format=yuv420p" \
  -c:v libvpx -b:v 200k -g 5 -auto-alt-ref 0 -an support/fixtures/youtube/slides-1080p.webm
